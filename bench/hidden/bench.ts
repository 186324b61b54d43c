/**
 * The example articles hidden among unrelated ones: copies of examples/kazakhstan-2022/*.txt
 * are put among the articles of a real-text reprint corpus (2,000 by default), every tool
 * runs on the example folder alone and on the big folder, and links.ts counts the groups that
 * tie an example to a generated article (target 0) and the example links lost in the crowd.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runToolSet, type ToolSet } from '../harness/toolSet';
import { articleFiles } from '../harness/tools';
import { grid, num } from '../report/realTable';
import { generateRealCorpus } from '../realtext/generate';
import type { DetectedSpan } from '../truth/detections';
import { junkGroups, linksOf, lostLinks, type JunkGroup, type Link } from './links';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLES = join(ROOT, 'examples/kazakhstan-2022');

export interface HiddenOptions {
  readonly size: number;
  readonly seed: number;
  readonly examples?: string;
  readonly src?: string;
  readonly keep?: string;
  readonly naive?: boolean;
}

export interface HiddenToolResult {
  readonly tool: string;
  readonly ran: boolean;
  readonly note?: string;
  readonly secondsAlone?: number;
  readonly secondsHidden?: number;
  /** The 1-minute load average as the tool started on the big folder. */
  readonly loadAverage?: number;
  readonly junk?: readonly JunkGroup[];
  readonly junkBoilerplate?: readonly JunkGroup[];
  readonly linksAlone?: number;
  readonly survived?: number;
  readonly lost?: ReadonlyArray<{ kind: string; a: string; b: string }>;
}

export function benchHidden(opts: HiddenOptions, tools: ToolSet): { corpus: Record<string, unknown>; results: HiddenToolResult[] } {
  const examples = opts.examples ?? EXAMPLES;
  const dir = opts.keep ? join(opts.keep, `hidden-${opts.size}-s${opts.seed}`) : mkdtempSync(join(tmpdir(), 'reprint-hidden-'));
  if (opts.keep) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  try {
    const { truth } = generateRealCorpus({ size: opts.size, seed: opts.seed, outDir: dir, src: opts.src });
    const articlesDir = join(dir, truth.articlesDir);
    const names = articleFiles(examples);
    for (const n of names) copyFileSync(join(examples, n), join(articlesDir, n));
    const isExample = (p: string) => names.includes(p);
    console.log(`\n=== the ${names.length} example articles hidden among ${opts.size} real-text articles (seed ${opts.seed}) ===`);
    const naive = opts.naive ? true : 'not run here unless --hidden-naive (capped, it would see only part of the folder)';
    const alone = runToolSet(tools, examples, { naive });
    const hidden = runToolSet(tools, articlesDir, { naive });
    const read = (base: string) => (m: DetectedSpan) => readFileSync(join(base, m.path), 'utf8').slice(m.start, m.end);
    const results: HiddenToolResult[] = alone.map((a, i) => {
      const h = hidden[i];
      if (!a.ran || !a.groups) return { tool: a.tool, ran: false, note: a.note };
      if (!h.ran || !h.groups) return { tool: h.tool, ran: false, note: h.note };
      const links = linksOf(a.groups);
      const lost = lostLinks(links, h.groups);
      const { reuse, boilerplate } = junkGroups(h.groups, isExample, read(articlesDir));
      const say = (l: Link) => ({ kind: l.kind, a: `${l.a.path}: ${read(examples)(l.a).slice(0, 100)}`, b: `${l.b.path}: ${read(examples)(l.b).slice(0, 100)}` });
      return {
        tool: a.tool, ran: true, note: a.note ?? h.note, secondsAlone: a.seconds, secondsHidden: h.seconds, loadAverage: Number(h.extra?.loadAverage ?? NaN),
        junk: reuse, junkBoilerplate: boilerplate, linksAlone: links.length, survived: links.length - lost.length, lost: lost.map(say),
      };
    });
    console.log(hiddenTable(results));
    for (const r of results) {
      for (const j of r.junk ?? []) console.log(`  ${r.tool} junk (${j.kind}, ${j.otherArticles} other articles): ${j.inExamples.map((t) => JSON.stringify(t.slice(0, 90))).join(' / ')} ~ ${JSON.stringify(j.otherText.slice(0, 70))}`);
      for (const l of r.lost ?? []) console.log(`  ${r.tool} lost (${l.kind}): ${JSON.stringify(l.a.slice(0, 80))} ~ ${JSON.stringify(l.b.slice(0, 80))}`);
    }
    return { corpus: { dir: opts.keep ? dir : null, articles: opts.size, examples: names }, results };
  } finally {
    if (opts.keep) console.log(`folder kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

export function hiddenTable(results: readonly HiddenToolResult[]): string {
  const rows = [['tool', 'time alone s', 'time hidden s', 'load', 'junk groups', 'furniture groups', 'example links', 'survived']];
  const notes: string[] = [];
  for (const r of results) {
    if (r.note) notes.push(`  ${r.tool}: ${r.ran ? '' : 'not run: '}${r.note}`);
    if (!r.ran) {
      rows.push([r.tool, '—', '—', '—', '—', '—', '—', '—']);
      continue;
    }
    rows.push([r.tool, (r.secondsAlone ?? 0).toFixed(2), (r.secondsHidden ?? 0).toFixed(2), num(r.loadAverage, 1), String(r.junk!.length), String(r.junkBoilerplate!.length), String(r.linksAlone), `${r.survived}/${r.linksAlone}`]);
  }
  return [grid(rows), ...notes].join('\n');
}
