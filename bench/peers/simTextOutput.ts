/**
 * Reading `sim_text -n` output. Each run is reported as
 *   `a00003.txt: line 5-7      |a00041.txt: line 9-9      [23]`
 * i.e. two files, a 1-based inclusive line range in each, and the run length in words.
 * sim_text gives no character offsets, so a run is placed first on its line ranges and then
 * narrowed to the exact words: the run is the first sequence of that many words that both
 * line ranges share, with words as sim_text reads them (runs of ASCII letters and digits or of
 * any non-ASCII character, compared without case). Curly quotes and dashes are thus part of a
 * word for sim_text, as they are here. Where no such sequence exists (about 1 run in 150 on
 * real text: sim_text's tokens differ from these somewhere), the longest run of words the two
 * ranges share, if 8 words or more; else the whole line ranges.
 */
import type { DetectedGroup, DetectedSpan } from '../truth/detections';

export interface SimRun {
  readonly fileA: string;
  readonly linesA: readonly [number, number];
  readonly fileB: string;
  readonly linesB: readonly [number, number];
  readonly words: number;
}

const RUN_LINE = /^(.+?): line (\d+)-(\d+)\s*\|(.+?): line (\d+)-(\d+)\s*\[(\d+)\]\s*$/;

export function parseSimTextRuns(output: string): SimRun[] {
  const runs: SimRun[] = [];
  for (const line of output.split('\n')) {
    const m = RUN_LINE.exec(line);
    if (!m) continue;
    runs.push({
      fileA: m[1].trim(),
      linesA: [Number(m[2]), Number(m[3])],
      fileB: m[4].trim(),
      linesB: [Number(m[5]), Number(m[6])],
      words: Number(m[7]),
    });
  }
  return runs;
}

/** Start offsets of each line (index 0 is line 1), plus the text length at the end. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return starts;
}

function lineSpan(starts: number[], lines: readonly [number, number], textLength: number): [number, number] {
  const s = starts[Math.max(0, lines[0] - 1)] ?? textLength;
  const e = Math.min(textLength, (starts[lines[1]] ?? textLength + 1) - 1);
  return [s, Math.max(s, e)];
}

interface Word {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function simWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z0-9\u0080-\uffff]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ key: m[0].toLowerCase(), start: m.index, end: Math.min(to, m.index + m[0].length) });
  }
  return out;
}

/** The run's two spans, narrowed to the shared words when they can be found. */
export function runSpans(run: SimRun, textA: string, textB: string, startsA: number[], startsB: number[]): [DetectedSpan, DetectedSpan] {
  const [as, ae] = lineSpan(startsA, run.linesA, textA.length);
  const [bs, be] = lineSpan(startsB, run.linesB, textB.length);
  const wa = simWords(textA, as, ae);
  const wb = simWords(textB, bs, be);
  const n = run.words;
  if (n > 0 && wa.length >= n && wb.length >= n) {
    const firstAt = new Map<string, number>();
    for (let j = 0; j + n <= wb.length; j++) {
      const key = wb.slice(j, j + n).map((w) => w.key).join(' ');
      if (!firstAt.has(key)) firstAt.set(key, j);
    }
    for (let i = 0; i + n <= wa.length; i++) {
      const j = firstAt.get(wa.slice(i, i + n).map((w) => w.key).join(' '));
      if (j !== undefined) {
        return [
          { path: run.fileA, start: wa[i].start, end: wa[i + n - 1].end },
          { path: run.fileB, start: wb[j].start, end: wb[j + n - 1].end },
        ];
      }
    }
  }
  // sim_text's count and ours can differ by a word (its tokens are not quite ours): fall back to
  // the longest run of words the two ranges share, when it is at least 8 words long.
  const longest = longestCommonRun(wa, wb);
  if (longest && longest.length >= Math.min(8, n)) {
    return [
      { path: run.fileA, start: wa[longest.i].start, end: wa[longest.i + longest.length - 1].end },
      { path: run.fileB, start: wb[longest.j].start, end: wb[longest.j + longest.length - 1].end },
    ];
  }
  return [
    { path: run.fileA, start: as, end: ae },
    { path: run.fileB, start: bs, end: be },
  ];
}

/** The longest run of equal words in `a` and `b` (first found when tied), by dynamic programming over word pairs. */
function longestCommonRun(a: readonly Word[], b: readonly Word[]): { i: number; j: number; length: number } | null {
  if (a.length === 0 || b.length === 0 || a.length * b.length > 4_000_000) return null;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  let best = { i: 0, j: 0, length: 0 };
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1].key === b[j - 1].key ? prev[j - 1] + 1 : 0;
      if (cur[j] > best.length) best = { i: i - cur[j], j: j - cur[j], length: cur[j] };
    }
    [prev, cur] = [cur, prev];
  }
  return best.length > 0 ? best : null;
}

/** Every run as a group of two spans; `text` reads an article by the name sim_text printed. */
export function simRunsToGroups(runs: readonly SimRun[], text: (path: string) => string): { groups: DetectedGroup[]; narrowed: number } {
  const starts = new Map<string, number[]>();
  const startsOf = (p: string) => {
    let s = starts.get(p);
    if (!s) starts.set(p, (s = lineStarts(text(p))));
    return s;
  };
  let narrowed = 0;
  const groups = runs.map((r) => {
    const ta = text(r.fileA);
    const tb = text(r.fileB);
    const spans = runSpans(r, ta, tb, startsOf(r.fileA), startsOf(r.fileB));
    const [as, ae] = lineSpan(startsOf(r.fileA), r.linesA, ta.length);
    if (spans[0].start !== as || spans[0].end !== ae) narrowed++;
    return { members: spans };
  });
  return { groups, narrowed };
}
