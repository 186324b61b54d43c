import { alignArticles, compareArticles, isReuse, wordDiff } from '../../core';
import type { AlignOptions, AlignResult, CompareRow } from '../../core';
import type {
  ChangeCounts,
  CompareModel,
  PairView,
  PassageModel,
  PassageSummary,
  PassageText,
  PassageVersion,
  RowView,
  SourceSummary,
} from '../../shared/protocol';
import type { Article, SkippedFile } from '../articles/articleReader';

const PREVIEW_CHARS = 160;
let sessionCount = 0;

/**
 * The articles chosen for one comparison and the views computed from them.
 * Comparisons against a base are computed when that base is first asked for and kept.
 */
export class CompareSession {
  readonly sources: readonly SourceSummary[];
  /** Distinguishes this session from earlier ones in the same panel. */
  readonly id = ++sessionCount;
  private readonly byPath: ReadonlyMap<string, Article>;
  private readonly alignment: AlignResult;
  private readonly models = new Map<string, CompareModel>();

  constructor(
    articles: readonly Article[],
    private readonly skipped: readonly SkippedFile[],
    private readonly options: AlignOptions,
    /** Base chosen by the caller (for "compare active with"); default: the first appearance. */
    private readonly preferredBase?: string,
  ) {
    this.byPath = new Map(articles.map((a) => [a.path, a]));
    this.alignment = alignArticles(
      articles.map((a) => ({ path: a.path, text: a.text })),
      options,
    );
    this.sources = [...this.alignment.documents]
      .sort((a, b) => a.order - b.order)
      .map((d) => ({ path: d.path, title: d.title, date: d.date }));
  }

  /** The base shown when the user has not chosen one. */
  get defaultBase(): string {
    const preferred = this.preferredBase;
    return preferred && this.byPath.has(preferred) ? preferred : this.sources[0]?.path ?? '';
  }

  /** The article with this path, if it is part of the comparison. */
  article(path: string): Article | undefined {
    return this.byPath.get(path);
  }

  /** Every other source compared against `base` (which must be one of the sources). */
  modelFor(base: string): CompareModel {
    const cached = this.models.get(base);
    if (cached) return cached;
    const left = this.byPath.get(base);
    if (!left) throw new Error(`${base} is not one of the compared sources`);
    const pairs: PairView[] = [];
    for (const source of this.sources) {
      if (source.path === base) continue;
      const right = this.byPath.get(source.path)!;
      const result = compareArticles({ path: left.path, text: left.text }, { path: right.path, text: right.text }, this.options);
      pairs.push(pairView(left, right, result.rows));
    }
    const model: CompareModel = {
      session: this.id,
      sources: this.sources,
      base,
      pairs,
      passages: this.passageSummaries(),
      skipped: this.skipped.map((s) => `${s.path} ${s.reason}`),
    };
    this.models.set(base, model);
    return model;
  }

  /** All versions of one reused passage, with their differences from the first appearance. */
  passage(id: string): PassageModel | null {
    const cluster = this.alignment.clusters.find((c) => c.id === id);
    if (!cluster) return null;
    const docs = new Map(this.alignment.documents.map((d) => [d.id, d]));
    const origin = cluster.members[cluster.origin];
    const ordered = [origin, ...cluster.members.filter((m) => m !== origin)].sort((a, b) =>
      a === origin ? -1 : b === origin ? 1 : (docs.get(a.doc)?.order ?? 0) - (docs.get(b.doc)?.order ?? 0) || a.start - b.start,
    );
    const versions: PassageVersion[] = ordered.map((m) => {
      const diff = m === origin ? { parts: [{ op: 'equal' as const, text: m.text }], truncated: false } : wordDiff(origin.text, m.text);
      return {
        path: docs.get(m.doc)?.path ?? m.doc,
        passage: { start: m.start, end: m.end, line: m.line, text: m.text },
        score: m.score,
        isOrigin: m === origin,
        parts: diff.parts,
        truncated: diff.truncated,
      };
    });
    return { id: cluster.id, kind: cluster.kind, versions };
  }

  private passageSummaries(): PassageSummary[] {
    const docs = new Map(this.alignment.documents.map((d) => [d.id, d]));
    return this.alignment.clusters
      .filter(isReuse)
      .map((c) => {
        const origin = c.members[c.origin];
        return {
          id: c.id,
          kind: c.kind,
          preview: preview(origin.text),
          versions: c.members.length,
          originPath: docs.get(origin.doc)?.path ?? origin.doc,
          originLine: origin.line,
        };
      })
      .sort((a, b) => b.versions - a.versions || a.originPath.localeCompare(b.originPath) || a.originLine - b.originLine);
  }
}

/**
 * Turns core rows into view rows and sums them up for the header. Runs of consecutive
 * omitted (or added) sentences become one row: a reader sees "this paragraph was left out"
 * rather than a ladder of one-sentence gaps, and next/previous change moves by passage.
 */
export function pairView(left: ArticleText, right: ArticleText, rows: readonly CompareRow[]): PairView {
  const counts: { -readonly [K in keyof ChangeCounts]: number } = { same: 0, changed: 0, omitted: 0, added: 0, moved: 0 };
  let rightChars = 0;
  let reusedChars = 0;
  const views: RowView[] = [];
  for (const r of rows) {
    if (r.right) {
      const n = r.right.end - r.right.start;
      rightChars += n;
      if (r.kind !== 'added') reusedChars += n;
    }
    const prev = views[views.length - 1];
    if (prev && prev.kind === r.kind && (r.kind === 'omitted' || r.kind === 'added')) {
      views[views.length - 1] = {
        ...prev,
        left: r.left && prev.left ? extend(prev.left, r.left, left.text) : prev.left,
        right: r.right && prev.right ? extend(prev.right, r.right, right.text) : prev.right,
      };
      continue;
    }
    counts[r.kind]++;
    views.push({
      kind: r.kind,
      left: r.left && { start: r.left.start, end: r.left.end, line: r.left.line, text: r.left.text },
      right: r.right && { start: r.right.start, end: r.right.end, line: r.right.line, text: r.right.text },
      score: r.score,
      ...(r.diff ? { parts: r.diff } : {}),
      ...(r.truncated ? { truncated: true } : {}),
    });
  }
  return { left: left.path, right: right.path, reusedShare: rightChars > 0 ? reusedChars / rightChars : 0, counts, rows: views };
}

/** The article fields pairView needs. */
export interface ArticleText {
  readonly path: string;
  readonly text: string;
}

/** One passage running from the start of `a` to the end of `b`, with the text between. */
function extend(a: PassageText, b: PassageText, text: string): PassageText {
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { start, end, line: start === a.start ? a.line : b.line, text: text.slice(start, end) };
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}
