/**
 * Generates a reprint corpus: `size` articles written one after another, each either
 * original or reusing earlier ones the way news reprints do (a block of paragraphs lifted,
 * a whole wire story reprinted, a quote re-quoted), with the copy edited at 0/2/5/10% of its
 * words, sentences dropped, paragraphs reordered, quotation marks changed between straight and
 * curly, hyphenation debris, and every outlet's boilerplate around it. Deterministic per seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outlet } from './boilerplate';
import type { ArticleModel, Paragraph, RenderedArticle, Sentence } from './model';
import { cloneParagraph, dropSentences, editWords, hyphenate } from './mutate';
import { syntheticProse, type ProseSource } from './prose';
import { renderArticle } from './render';
import { Rng } from './rng';
import { EDIT_RATES, type BoilerplateSpan, type CorpusTruth, type FamilyOccurrence, type PlantedReuse } from './truth';

export interface GenerateOptions {
  readonly size: number;
  readonly seed?: number;
  /** Directory to write `articles/` and `truth.json` into; nothing is written when omitted. */
  readonly outDir?: string;
  /**
   * Where original text comes from, given the corpus's generator (called once, before
   * anything else draws from it). Default: the synthetic text (`syntheticProse`).
   */
  readonly prose?: (rng: Rng, seed: number) => ProseSource;
}

export interface GeneratedCorpus {
  readonly truth: CorpusTruth;
  /** Article texts by path (only kept when nothing is written, or `keepTexts`). */
  readonly texts: Map<string, string>;
}

/** How far back a reprint may reach, in articles (news reuse is mostly recent). */
const WINDOW = 300;

interface Written {
  readonly model: ArticleModel;
  readonly rendered: RenderedArticle;
}

/** A reuse planned while an article is assembled, resolved to offsets once it is rendered. */
interface Pending {
  readonly kind: 'passage' | 'quote';
  readonly via: PlantedReuse['via'];
  readonly from: Written;
  readonly fromParagraph: number;
  readonly fromSentence: number;
  readonly to: Paragraph;
  readonly toSentence: Sentence | null;
  readonly family: string;
  readonly editRate: number;
  readonly wordsChanged: number;
  readonly sentencesDropped: number;
  readonly hyphens: number;
  readonly reordered: boolean;
}

export function articlePath(index: number): string {
  return `a${String(index).padStart(5, '0')}.txt`;
}

export function generateCorpus(options: GenerateOptions, keepTexts = false): GeneratedCorpus {
  const seed = options.seed ?? 1;
  const rng = new Rng(seed);
  const make = (options.prose ?? syntheticProse)(rng, seed);
  const vocabulary = make.vocabulary;
  const outlets: Outlet[] = make.outlets(Math.max(8, Math.min(60, Math.round(options.size / 40))));
  const articlesDir = options.outDir ? join(options.outDir, 'articles') : null;
  if (articlesDir) mkdirSync(articlesDir, { recursive: true });

  const recent: Written[] = [];
  const reuses: PlantedReuse[] = [];
  const boilerplate: BoilerplateSpan[] = [];
  const articles: Array<{ path: string; length: number }> = [];
  const texts = new Map<string, string>();
  const occurrences: FamilyOccurrence[] = [];
  const familyCount = new Map<string, number>();
  const occur = (family: string, path: string, start: number, end: number) => {
    occurrences.push({ family, path, start, end });
    familyCount.set(family, (familyCount.get(family) ?? 0) + 1);
  };

  const ownParagraph = (family: string): Paragraph => make.paragraph(family);

  /** Copies paragraph k of `from`, edited; returns the copy and what was done to it. */
  const copyParagraph = (from: Written, k: number, rate: number, dropChance: number, hyphenChance: number) => {
    const copy = cloneParagraph(from.model.paragraphs[k]);
    const dropped = rng.chance(dropChance) ? dropSentences(copy, 1, rng) : 0;
    const changed = editWords(copy, rate, rng, vocabulary);
    const hyphens = rng.chance(hyphenChance) ? hyphenate(copy, rng.range(1, 2), rng) : 0;
    return { copy, dropped, changed, hyphens };
  };

  for (let index = 0; index < options.size; index++) {
    const path = articlePath(index);
    const outlet = outlets[rng.zipf(outlets.length)];
    const paragraphs: Paragraph[] = [];
    const pending: Pending[] = [];
    const fam = (k: number) => `p:${index}.${k}`;

    if (recent.length > 0 && rng.chance(0.1)) {
      // A wire story reprinted whole: some paragraphs left out, maybe two swapped.
      const from = rng.pick(recent);
      const rate = rng.pick(EDIT_RATES);
      const keep = from.model.paragraphs.map((_, k) => k).filter(() => !rng.chance(0.15));
      const order = keep.length >= 2 ? keep : from.model.paragraphs.map((_, k) => k);
      let reordered = false;
      if (order.length >= 3 && rng.chance(0.2)) {
        const i = 1 + rng.int(order.length - 2);
        [order[i], order[i + 1]] = [order[i + 1], order[i]];
        reordered = true;
      }
      for (const k of order) {
        const c = copyParagraph(from, k, rate, 0.2, 0.15);
        paragraphs.push(c.copy);
        pending.push({
          kind: 'passage', via: 'reprint', from, fromParagraph: k, fromSentence: -1, to: c.copy, toSentence: null,
          family: c.copy.family, editRate: rate, wordsChanged: c.changed, sentencesDropped: c.dropped, hyphens: c.hyphens, reordered,
        });
      }
      if (rng.chance(0.3)) paragraphs.push(ownParagraph(fam(paragraphs.length)));
    } else {
      const own = rng.range(3, 12);
      for (let k = 0; k < own; k++) paragraphs.push(ownParagraph(fam(k)));
      const blocks = recent.length === 0 ? 0 : rng.chance(0.35) ? (rng.chance(0.25) ? 2 : 1) : 0;
      for (let b = 0; b < blocks; b++) {
        // A block of consecutive paragraphs lifted from one earlier article.
        const from = rng.pick(recent);
        const count = Math.min(from.model.paragraphs.length, rng.range(1, 3));
        const first = rng.int(from.model.paragraphs.length - count + 1);
        const rate = rng.pick(EDIT_RATES);
        let ks = Array.from({ length: count }, (_, i) => first + i);
        let reordered = false;
        if (count >= 2 && rng.chance(0.3)) {
          ks = ks.reverse();
          reordered = true;
        }
        const at = rng.int(paragraphs.length + 1);
        const copies = ks.map((k) => {
          const c = copyParagraph(from, k, rate, 0.25, 0.2);
          pending.push({
            kind: 'passage', via: 'block', from, fromParagraph: k, fromSentence: -1, to: c.copy, toSentence: null,
            family: c.copy.family, editRate: rate, wordsChanged: c.changed, sentencesDropped: c.dropped, hyphens: c.hyphens, reordered,
          });
          return c.copy;
        });
        paragraphs.splice(at, 0, ...copies);
      }
    }

    if (recent.length > 0 && rng.chance(0.35)) {
      // Quotes re-quoted from earlier articles, with a new attribution around them.
      const wanted = rng.range(1, 2);
      for (let q = 0, tries = 0; q < wanted && tries < 10; tries++) {
        const from = rng.pick(recent);
        const spots: Array<[number, number]> = [];
        from.model.paragraphs.forEach((p, k) => p.sentences.forEach((s, i) => s.quote !== null && spots.push([k, i])));
        if (spots.length === 0) continue;
        const [k, i] = rng.pick(spots);
        const original = from.model.paragraphs[k].sentences[i];
        const rate = rng.pick(EDIT_RATES);
        const holder: Paragraph = { family: '', sentences: [{ ...original, pre: '', post: '' }] };
        const changed = editWords(holder, rate, rng, vocabulary);
        const hyphens = rng.chance(0.1) ? hyphenate(holder, 1, rng) : 0;
        const sentence = make.attribute(holder.sentences[0].quote!, make.person(), original.quoteFamily!);
        let target: Paragraph;
        const owned = paragraphs.filter((p) => p.family.startsWith(`p:${index}.`));
        if (owned.length === 0 || rng.chance(0.4)) {
          target = { family: fam(paragraphs.length + q), sentences: [sentence] };
          paragraphs.splice(rng.int(paragraphs.length + 1), 0, target);
        } else {
          target = rng.pick(owned);
          target.sentences.splice(rng.int(target.sentences.length + 1), 0, sentence);
        }
        pending.push({
          kind: 'quote', via: 'quote', from, fromParagraph: k, fromSentence: i, to: target, toSentence: sentence,
          family: original.quoteFamily!, editRate: rate, wordsChanged: changed, sentencesDropped: 0, hyphens, reordered: false,
        });
        q++;
      }
    }

    const model: ArticleModel = {
      index, path, outlet: outlets.indexOf(outlet), title: make.title(), byline: outlet.byline, paragraphs,
      footer: outlet.footer, quoteStyle: outlet.quoteStyle,
    };
    const rendered = renderArticle(model, make.person(), make.person(), make.restyleProse);
    const written: Written = { model, rendered };

    for (const p of pending) {
      const toK = paragraphs.indexOf(p.to);
      const fromR = p.from.rendered.paragraphs[p.fromParagraph];
      const toR = rendered.paragraphs[toK];
      let source = { path: p.from.model.path, start: fromR.start, end: fromR.end };
      let copy = { path, start: toR.start, end: toR.end };
      if (p.kind === 'quote') {
        const si = p.to.sentences.indexOf(p.toSentence!);
        const fq = fromR.quotes.find((q) => q.sentence === p.fromSentence)!;
        const tq = toR.quotes.find((q) => q.sentence === si)!;
        source = { path: p.from.model.path, start: fq.start, end: fq.end };
        copy = { path, start: tq.start, end: tq.end };
      }
      // Real prose carries its own quotation marks and apostrophes, restyled per outlet.
      const fromHasQuotes = p.kind === 'quote' || fromR.quotes.length > 0 ||
        (make.restyleProse && /["'\u2018\u2019\u201c\u201d]/.test(p.from.rendered.text.slice(fromR.start, fromR.end)));
      reuses.push({
        id: reuses.length, kind: p.kind, family: p.family, editRate: p.editRate, wordsChanged: p.wordsChanged,
        sentencesDropped: p.sentencesDropped, hyphens: p.hyphens,
        requoted: fromHasQuotes && p.from.model.quoteStyle !== model.quoteStyle, reordered: p.reordered, via: p.via,
        source, copy,
      });
    }
    rendered.paragraphs.forEach((rp, k) => {
      occur(paragraphs[k].family, path, rp.start, rp.end);
      for (const q of rp.quotes) occur(paragraphs[k].sentences[q.sentence].quoteFamily!, path, q.start, q.end);
    });
    for (const b of rendered.boilerplate) boilerplate.push({ path, start: b.start, end: b.end, label: b.label as BoilerplateSpan['label'] });
    articles.push({ path, length: rendered.text.length });
    if (articlesDir) writeFileSync(join(articlesDir, path), rendered.text);
    if (!articlesDir || keepTexts) texts.set(path, rendered.text);

    recent.push(written);
    if (recent.length > WINDOW) recent.shift();
  }

  const truth: CorpusTruth = {
    generator: 'reprint-lens bench/gen v1', seed, size: options.size,
    ...(make.name === 'synthetic' ? {} : { text: make.name, textSource: make.describe() }),
    articlesDir: 'articles', articles, reuses, boilerplate,
    occurrences: occurrences.filter((o) => familyCount.get(o.family)! > 1),
  };
  if (options.outDir) writeFileSync(join(options.outDir, 'truth.json'), JSON.stringify(truth));
  return { truth, texts };
}
