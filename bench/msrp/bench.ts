/**
 * The paraphrase benchmark: builds the MSRP folders (corpus.ts), runs the tool set on each
 * folder, and counts links (links.ts) for every tool with the same rules. A tool's time is the
 * sum over folders, its memory the largest peak.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runToolSet, type ToolSet } from '../harness/toolSet';
import type { ToolRun } from '../harness/tools';
import { grid, num } from '../report/realTable';
import { loadPool, defaultRealTextDir } from '../realtext/pool';
import type { DetectedGroup } from '../truth/detections';
import { buildMsrpCorpus } from './corpus';
import { readMsrp, defaultMsrpDir } from './data';
import { countLinks, ratesOf, type LinkCounts, type MsrpRates } from './links';

export interface MsrpOptions {
  readonly seed: number;
  readonly folders: number;
  readonly msrpDir?: string;
  readonly src?: string;
  readonly keep?: string;
  /** Run the naive peer too (off by default: its time cap covers a small share of the sentence pairs here). */
  readonly naive?: boolean;
}

export interface MsrpToolResult {
  readonly tool: string;
  readonly ran: boolean;
  readonly note?: string;
  readonly seconds?: number;
  readonly folderSeconds?: number[];
  readonly peakRssMiB?: number | null;
  /** The highest 1-minute load average as the tool started on a folder. */
  readonly loadAverage?: number;
  readonly rates?: MsrpRates;
  readonly links?: Omit<LinkCounts, 'linked'>;
}

export interface MsrpReport {
  readonly corpus: Record<string, unknown>;
  readonly results: MsrpToolResult[];
}

export function benchMsrp(opts: MsrpOptions, tools: ToolSet): MsrpReport {
  const msrpDir = opts.msrpDir ?? defaultMsrpDir();
  const src = opts.src ?? defaultRealTextDir();
  if (!msrpDir || !src) {
    const why = !msrpDir ? 'MSRP data not found (give --msrp-dir DIR or set MSRP_DIR)' : 'real text for filler not found (give --src DIR)';
    console.log(`\nparaphrase benchmark not run: ${why}`);
    return { corpus: { ran: false, note: why }, results: [] };
  }
  const dir = opts.keep ? join(opts.keep, `msrp-s${opts.seed}-f${opts.folders}`) : mkdtempSync(join(tmpdir(), 'reprint-msrp-'));
  if (opts.keep) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  try {
    const t0 = performance.now();
    const pairs = readMsrp(msrpDir);
    const { corpus } = buildMsrpCorpus(pairs, loadPool(src), { seed: opts.seed, folders: opts.folders, outDir: dir });
    const genSeconds = (performance.now() - t0) / 1000;
    const label = (l: 0 | 1, s5: boolean) => corpus.pairs.filter((p) => p.label === l && p.shares5 === s5).length;
    console.log(`\n=== paraphrase (MSRP train), ${pairs.length} pairs in ${corpus.folders.length} folder(s), ${corpus.articles} articles, built in ${genSeconds.toFixed(1)} s ===`);
    console.log(`same meaning (1): ${label(1, true)} sharing a 5-word run, ${label(1, false)} not; different (0): ${label(0, true)} sharing one, ${label(0, false)} not`);

    const perFolder = corpus.folders.map((f) => ({ folder: f, runs: runToolSet(tools, join(dir, f), { naive: opts.naive ? true : 'not run on MSRP unless --msrp-naive (its time cap covers a small share of the sentence pairs)' }) }));
    const cache = new Map<string, string>();
    const textOf = (p: string) => {
      let t = cache.get(p);
      if (t === undefined) cache.set(p, (t = readFileSync(join(dir, p), 'utf8')));
      return t;
    };
    const results: MsrpToolResult[] = perFolder[0].runs.map((first, t) => {
      const runs: ToolRun[] = perFolder.map((f) => f.runs[t]);
      const failed = runs.find((r) => !r.ran || !r.groups);
      if (failed) return { tool: first.tool, ran: false, note: failed.note, seconds: failed.seconds };
      const groups: DetectedGroup[] = perFolder.flatMap((f) =>
        f.runs[t].groups!.map((g) => ({ kind: g.kind, members: g.members.map((m) => ({ ...m, path: `${f.folder}/${m.path}` })) })),
      );
      const { linked, ...links } = countLinks(corpus.pairs, groups, textOf);
      return {
        tool: first.tool,
        ran: true,
        note: runs.find((r) => r.note)?.note,
        seconds: runs.reduce((s, r) => s + (r.seconds ?? 0), 0),
        folderSeconds: runs.map((r) => r.seconds ?? 0),
        peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB ?? 0)),
        loadAverage: Math.max(...runs.map((r) => Number(r.extra?.loadAverage ?? 0))),
        rates: ratesOf(corpus.pairs, linked),
        links,
      };
    });
    console.log(msrpTable(results));
    for (const r of results) {
      if (!r.links || r.links.crossTalkTop.length === 0) continue;
      console.log(`\n${r.tool}: groups with the most cross-talk links`);
      for (const e of r.links.crossTalkTop.slice(0, 5)) console.log(`  ${e.links} links, ${e.articles} articles: ${JSON.stringify(e.text.slice(0, 60))} ~ ${JSON.stringify(e.other.slice(0, 60))}`);
    }
    const { pairs: _placed, ...about } = corpus;
    return { corpus: { dir: opts.keep ? dir : null, pairs: pairs.length, genSeconds, ...about }, results };
  } finally {
    if (opts.keep) console.log(`folders kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

export function msrpTable(results: readonly MsrpToolResult[]): string {
  const rows = [['tool', 'time s', 'load', 'MiB', 'para recall', 'shares 5', 'no 5-run', 'false links (0, no 5-run)', '0 with 5-run', 'pair links', 'cross-talk', 'reuse across pairs']];
  const notes: string[] = [];
  const rate = (b: { linked: number; pairs: number; rate: number }) => `${num(b.rate)} (${b.linked}/${b.pairs})`;
  for (const r of results) {
    if (r.note) notes.push(`  ${r.tool}: ${r.ran ? '' : 'not run: '}${r.note}`);
    if (!r.ran || !r.rates || !r.links) {
      rows.push([r.tool, num(r.seconds, 2), '—', '—', ...Array<string>(rows[0].length - 4).fill('—')]);
      continue;
    }
    const x = r.rates;
    rows.push([
      r.tool, num(r.seconds, 2), num(r.loadAverage, 1), num(r.peakRssMiB, 0), rate(x.paraphraseRecall), rate(x.paraphraseRecallShared5), rate(x.paraphraseRecallNoShared5),
      rate(x.falseLinkRate), rate(x.label0Shared5Rate), String(r.links.pairLinks), String(r.links.crossTalk), String(r.links.crossPairReuse),
    ]);
  }
  return [grid(rows), ...notes].join('\n');
}
