import { textSimilarity } from '../evidence/textSimilarity';
import { insideQuotes } from '../cluster/buildClusters';
import { firstAppearanceOrder } from '../input/article';
import { readHeader } from '../input/frontMatter';
import { quotations, type Quotation } from '../segment/quotes';
import type { AlignResult, ArticleInput, Cluster, ClusterKind, ClusterMember, DocumentInfo } from '../types';
import { lineAt, lineStarts } from '../util/lines';
import { matchIds } from './matchArticles';
import { CodePointOffsets } from './offsets';
import type { PassimProblem, PassimRecord } from './records';

/** passim's clusters as Reprint Lens's alignment, with what could not be placed. */
export interface PassimImport {
  readonly result: AlignResult;
  readonly problems: readonly PassimProblem[];
  /** passim document id → the article path it was matched to. */
  readonly matched: ReadonlyMap<string, string>;
  /** Records placed in an article. */
  readonly placed: number;
}

/** Options of the import; `firstAppearance` as in AlignOptions. */
export interface PassimImportOptions {
  readonly firstAppearance?: 'date-then-path' | 'path';
}

/**
 * A cluster in which most links join documents of one series (passim's `pboiler`) is a
 * paper's own masthead or advertisement recurring, not reuse between sources.
 */
const BOILERPLATE_SHARE = 0.5;

interface Placed {
  readonly record: PassimRecord;
  readonly doc: DocumentInfo;
  readonly start: number;
  readonly end: number;
}

/**
 * Turns passim's records into the contract's alignment over `articles`, so that passim's
 * results show in the same views, hover cards and reports as Reprint Lens's own. Each record
 * is placed in its article by converting passim's code-point offsets to UTF-16 and checking
 * that the article holds exactly the record's text there (offsets that are UTF-16 already
 * are accepted on the same check); a record that fails is reported, never placed near.
 * Articles are ordered as the aligner orders them (a record's `date` counts as the
 * article's), each cluster's first appearance is its earliest member in that order, and a
 * further member in an article that already has one is marked `repeat`. passim gives no
 * similarity: each member's `score` is the letter-pair similarity of its words to the first
 * appearance's. Every given article is a document, whether passim linked it or not.
 */
export function alignResultFromPassim(
  records: readonly PassimRecord[],
  articles: readonly ArticleInput[],
  options: PassimImportOptions = {},
): PassimImport {
  const problems: PassimProblem[] = [];
  const useDates = options.firstAppearance !== 'path';
  const ids = new Set(records.map((r) => r.id));
  const matches = matchIds(ids, articles.map((a) => a.path));
  const matched = new Map<string, string>();
  const perId = new Map<string, number>();
  for (const r of records) perId.set(r.id, (perId.get(r.id) ?? 0) + 1);
  for (const [id, m] of matches) {
    const count = perId.get(id) ?? 0;
    if ('path' in m) matched.set(id, m.path);
    else if ('ambiguous' in m) problems.push({ where: `document ${id}`, reason: `matches ${m.ambiguous.length} articles (${m.ambiguous.slice(0, 3).join(', ')}); its ${count} passage(s) are left out` });
    else problems.push({ where: `document ${id}`, reason: `matches no given article; its ${count} passage(s) are left out` });
  }

  const byPath = new Map(articles.map((a) => [a.path, a]));
  const metaOf = new Map<string, PassimRecord>();
  for (const r of records) if (matched.has(r.id) && !metaOf.has(matched.get(r.id)!)) metaOf.set(matched.get(r.id)!, r);
  const ranked = articles.map((input) => {
    const header = readHeader(input.text);
    const meta = metaOf.get(input.path);
    const date = isoDate(meta?.date) ?? header.date;
    return { input, header: { title: meta?.title?.trim() || header.title, date } };
  });
  ranked.sort(firstAppearanceOrder(useDates));
  const documents: DocumentInfo[] = ranked.map((r, order) => ({ id: `d${order}`, path: r.input.path, title: r.header.title, date: r.header.date, order }));
  const docByPath = new Map(documents.map((d) => [d.path, d]));

  const offsets = new Map<string, CodePointOffsets>();
  const placed: Placed[] = [];
  for (const record of records) {
    const path = matched.get(record.id);
    if (path === undefined) continue;
    const text = byPath.get(path)!.text;
    let cps = offsets.get(path);
    if (!cps) offsets.set(path, (cps = new CodePointOffsets(text)));
    const where = place(record, text, cps);
    if (!where) {
      problems.push({ where: record.where, reason: `(document ${record.id}, cluster ${record.cluster}): the passage at ${record.begin}–${record.end} does not match ${path} there; was the article changed since passim read it?` });
      continue;
    }
    placed.push({ record, doc: docByPath.get(path)!, ...where });
  }

  const groups = new Map<string, Placed[]>();
  for (const p of placed) {
    const list = groups.get(p.record.cluster) ?? [];
    list.push(p);
    groups.set(p.record.cluster, list);
  }
  const lines = new Map<string, Int32Array>();
  const lineOf = (path: string, offset: number) => {
    let starts = lines.get(path);
    if (!starts) lines.set(path, (starts = lineStarts(byPath.get(path)!.text)));
    return lineAt(starts, offset);
  };
  const quotes = new Map<string, Quotation[]>();
  const quotesOf = (path: string) => {
    let q = quotes.get(path);
    if (!q) quotes.set(path, (q = quotations(byPath.get(path)!.text)));
    return q;
  };
  const clusters: Cluster[] = [];
  for (const [key, group] of groups) {
    const members = distinct(group).sort((a, b) => a.doc.order - b.doc.order || a.start - b.start || a.end - b.end);
    if (members.length < 2) {
      problems.push({ where: `cluster ${key}`, reason: 'has fewer than two passages placed in the given articles; left out' });
      continue;
    }
    clusters.push(buildCluster(key, members, lineOf, quotesOf, useDates));
  }
  const orderOf = new Map(documents.map((d) => [d.id, d.order]));
  clusters.sort((a, b) => {
    const oa = a.members[a.origin];
    const ob = b.members[b.origin];
    return orderOf.get(oa.doc)! - orderOf.get(ob.doc)! || oa.start - ob.start || oa.end - ob.end;
  });
  return { result: { documents, clusters }, problems, matched, placed: placed.length };
}

/** UTF-16 offsets of a record in its article's text, or null when the text there differs. */
function place(r: PassimRecord, text: string, cps: CodePointOffsets): { start: number; end: number } | null {
  if (r.end <= cps.length) {
    const start = cps.utf16(r.begin);
    const end = cps.utf16(r.end);
    if (text.slice(start, end) === r.text) return { start, end };
  }
  if (r.end <= text.length && text.slice(r.begin, r.end) === r.text) return { start: r.begin, end: r.end };
  return null;
}

function buildCluster(
  key: string,
  members: readonly Placed[],
  lineOf: (path: string, offset: number) => number,
  quotesOf: (path: string) => readonly Quotation[],
  useDates: boolean,
): Cluster {
  const origin = members[0];
  const originWords = words(origin.record.text);
  const seen = new Set<string>();
  const out: ClusterMember[] = members.map((p, n) => {
    const repeat = seen.has(p.doc.id);
    seen.add(p.doc.id);
    const text = p.record.text; // place() took the span only where the article reads exactly this
    const score = n === 0 ? 1 : similarity(originWords, words(text));
    return { doc: p.doc.id, start: p.start, end: p.end, line: lineOf(p.doc.path, p.start), text, score, ...(repeat ? { repeat: true } : {}) };
  });
  const pboiler = Math.max(...members.map((p) => p.record.pboiler ?? 0));
  const kind: ClusterKind = pboiler > BOILERPLATE_SHARE
    ? 'boilerplate'
    : insideQuotes(origin.start, origin.end, quotesOf(origin.doc.path)) ? 'quote' : 'passage';
  const dated = useDates && origin.doc.date !== null && members.some((m) => m.doc.date !== origin.doc.date);
  return { id: `p${key}`, kind, origin: 0, members: out, firstBy: dated ? 'date' : 'path' };
}

/** One member per distinct span (passim may list a passage twice when it has two sources). */
function distinct(group: readonly Placed[]): Placed[] {
  const seen = new Set<string>();
  return group.filter((p) => {
    const k = `${p.doc.id}:${p.start}:${p.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Words of a span for scoring: case, accents' compatibility forms and punctuation set aside. */
function words(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function similarity(a: string, b: string): number {
  return a === b ? 1 : textSimilarity(a, b);
}

/** The date of a record's `date` field in the aligner's form (YYYY-MM-DD), if it has one. */
function isoDate(value: string | undefined): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
