import { alignArticles, compareArticles, explainEvidence, isReuse, wordDiff } from '../../core';
import type { AlignOptions, AlignResult } from '../../core';
import { isolateBidi } from '../../core/report/bidi';
import type {
  ColumnsModel,
  CompareModel,
  PairView,
  PassageModel,
  PassageSummary,
  PassageVersion,
  SourceSummary,
} from '../../shared/protocol';
import type { Article, SkippedFile } from '../articles/articleReader';
import { columnsView } from './columnsView';
import { pairView, passageText } from './pairView';
import { SharedText } from './sharedText';

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
  private readonly shared: SharedText;
  private readonly models = new Map<string, CompareModel>();

  constructor(
    articles: readonly Article[],
    private readonly skipped: readonly SkippedFile[],
    private readonly options: AlignOptions,
    /** Base chosen by the caller (for "compare active with"); default: one of the two most related sources. */
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
    this.shared = new SharedText(this.alignment);
  }

  /**
   * The base shown when the user has not chosen one: the caller's, else the earlier of the two
   * sources that share the most reused text (so a third source that shares nothing with the
   * others never opens the view on a 0% comparison).
   */
  get defaultBase(): string {
    const preferred = this.preferredBase;
    if (preferred && this.byPath.has(preferred)) return preferred;
    return this.shared.closestPair(this.sources.map((s) => s.path))?.[0] ?? this.sources[0]?.path ?? '';
  }

  /** The same set of articles gives the same key, whatever order they were chosen in. */
  get key(): string {
    return JSON.stringify([...this.byPath.keys()].sort());
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
      right: this.shared.closestTo(base, pairs.map((p) => p.right)) ?? '',
      pairs,
      passages: this.passageSummaries(),
      skipped: this.skipped.map((s) => `${isolateBidi(s.path)} ${s.reason}`),
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
        passage: passageText(m),
        score: m.score,
        isOrigin: m === origin,
        parts: diff.parts,
        truncated: diff.truncated,
        ...(m.evidence ? { why: explainEvidence(m.evidence) } : {}),
        ...(m.repeat ? { repeat: true } : {}),
      };
    });
    return { id: cluster.id, kind: cluster.kind, versions, ...(cluster.firstBy ? { firstBy: cluster.firstBy } : {}) };
  }

  /** One reused passage in a column per source that holds it. */
  columns(id: string): ColumnsModel | null {
    return columnsView(this.alignment, this.sources, id);
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
          sources: new Set(c.members.map((m) => m.doc)).size,
          originPath: docs.get(origin.doc)?.path ?? origin.doc,
          originLine: origin.line,
        };
      })
      .sort((a, b) => b.sources - a.sources || b.versions - a.versions || a.originPath.localeCompare(b.originPath) || a.originLine - b.originLine);
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}
