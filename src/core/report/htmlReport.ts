import { explainEvidence } from '../evidence/memberEvidence';
import { wordDiff } from '../diff/wordDiff';
import { isReuse, type AlignResult, type Cluster, type ClusterMember, type DiffPart, type DocumentInfo } from '../types';
import { articleReuse, reuseEdges, type ArticleReuse } from './articleReuse';
import { describeArticleReuse, percent, plural } from './describe';
import { isolateBidi } from './bidi';
import { baseName, escapeHtml as esc, excerpt, fragmentId } from './escape';
import { REPORT_CSS, REPORT_CSS_SHA256 } from './reportStyle';
import { reuseGraphSvg } from './reuseGraph';

/** What a report says about where it came from, and how much it draws. */
export interface ReportOptions {
  /** Article text lengths by path or document id, for the share of each article that is reused. */
  readonly lengths?: ReadonlyMap<string, number>;
  /** What was compared, for the heading ("examples/kazakhstan-2022", "passim output in run1/"). */
  readonly subject?: string;
  /** When the report was written (the caller's clock: the core reads none). */
  readonly generatedAt?: string;
  /** The tool's version, named in the footer. */
  readonly version?: string;
  /** Most clusters drawn side by side (default 500); the rest are listed in one line each. */
  readonly maxClusters?: number;
  /** Most later versions drawn side by side per cluster (default 40). */
  readonly maxVersions?: number;
}

/**
 * The policy of the report page: nothing may load or run; the one style sheet is allowed by
 * its hash. A page that is opened from disk, mailed or archived stays inert.
 */
export const REPORT_CSP = `default-src 'none'; style-src '${`sha256-${REPORT_CSS_SHA256}`}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

/** Diffs in a report get a little longer than a hover's, still bounded. */
const DIFF_TIMEOUT_MS = 100;

/**
 * A single self-contained HTML page on an alignment: a summary, the arc diagram of who took
 * what from whom, a table of articles with how much of each is reused and from where, each
 * reused quote and passage with every later version beside its first appearance (words
 * dropped struck, words added marked), and page furniture listed apart. No script, no
 * request for anything, every piece of article text escaped.
 */
export function buildHtmlReport(result: AlignResult, options: ReportOptions = {}): string {
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const reuse = sortForReading(result.clusters.filter(isReuse), docs);
  const furniture = result.clusters.filter((c) => !isReuse(c));
  const edges = reuseEdges(result);
  const articles = articleReuse(result, options.lengths, edges);
  const graph = reuseGraphSvg(result, edges);
  const maxClusters = options.maxClusters ?? 500;
  const quotes = reuse.filter((c) => c.kind === 'quote').length;
  const title = `Reprint Lens report${options.subject ? `: ${options.subject}` : ''}`;

  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">`);
  h.push('<meta name="referrer" content="no-referrer">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<meta name="generator" content="reprint-lens${options.version ? ` ${esc(options.version)}` : ''}">`);
  h.push(`<title>${esc(title)}</title>`, `<style>${REPORT_CSS}</style>`, '</head>', '<body>');
  h.push('<header>', `<h1>${esc(title)}</h1>`);
  h.push(`<p class="meta">${plural(result.documents.length, 'article')} · ${reuse.length} reused (${plural(quotes, 'quote')}, ${plural(reuse.length - quotes, 'passage')}) · ${plural(edges.length, 'link')} between articles${options.generatedAt ? ` · written ${esc(options.generatedAt)}` : ''}</p>`);
  h.push('<nav><ul><li><a href="#overview">Overview</a></li><li><a href="#articles">Articles</a></li>');
  h.push(`<li><a href="#reuse">Reused quotes and passages (${reuse.length})</a></li>`);
  if (furniture.length) h.push(`<li><a href="#furniture">Page furniture (${furniture.length})</a></li>`);
  h.push('</ul></nav>', '</header>');

  h.push('<section id="overview">', '<h2>Who took what from whom</h2>');
  if (edges.length === 0) h.push('<p class="note">No article took a quote or passage from another.</p>');
  else {
    h.push('<figure>', graph.svg);
    const omitted = graph.omitted ? ` Only the articles joined by the strongest links are drawn; ${plural(graph.omitted, 'other article')} ${graph.omitted === 1 ? 'is' : 'are'} in the table below.` : '';
    h.push(`<figcaption>Articles in the order they first appeared, left to right. Each arc runs from the article where quotes or passages first appeared to an article that took them up; the wider, the more it took (the number above the arc). Purple arcs carry mostly quotes, blue mostly passages.${omitted}</figcaption>`, '</figure>');
  }
  h.push('</section>');

  h.push('<section id="articles">', '<h2>Articles</h2>', articleTable(articles, docs), '</section>');

  h.push('<section id="reuse">', '<h2>Reused quotes and passages</h2>');
  if (reuse.length === 0) h.push('<p class="note">No reused quotes or passages were found.</p>');
  for (const c of reuse.slice(0, maxClusters)) h.push(clusterBlock(c, docs, options.maxVersions ?? 40));
  if (reuse.length > maxClusters) {
    h.push(`<p class="note">${plural(reuse.length - maxClusters, 'more cluster')}, drawn in one line each (the CSV export has every version):</p><ul>`);
    for (const c of reuse.slice(maxClusters)) h.push(`<li>${clusterLine(c, docs)}</li>`);
    h.push('</ul>');
  }
  h.push('</section>');

  if (furniture.length) {
    h.push('<section id="furniture">', '<h2>Page furniture</h2>');
    h.push('<p class="note">Found at the head or foot of many articles (bylines, footers): listed so that nothing is hidden, not counted as reuse.</p><ul>');
    for (const c of furniture) h.push(`<li>${clusterLine(c, docs)}</li>`);
    h.push('</ul>', '</section>');
  }
  h.push(`<footer>Written by Reprint Lens${options.version ? ` ${esc(options.version)}` : ''}. This page holds no script and loads nothing: it can be kept, mailed or printed as it is.</footer>`);
  h.push('</body>', '</html>', '');
  return h.join('\n');
}

/** Widest reuse first (most articles), then by where it first appeared. */
function sortForReading(clusters: Cluster[], docs: ReadonlyMap<string, DocumentInfo>): Cluster[] {
  const spread = new Map(clusters.map((c) => [c, new Set(c.members.filter((m) => !m.repeat).map((m) => m.doc)).size]));
  const first = (c: Cluster) => docs.get(c.members[c.origin].doc)?.order ?? 0;
  return [...clusters].sort((a, b) => spread.get(b)! - spread.get(a)! || first(a) - first(b) || a.members[a.origin].start - b.members[b.origin].start);
}

function articleTable(rows: readonly ArticleReuse[], docs: ReadonlyMap<string, DocumentInfo>): string {
  const t: string[] = ['<table>', '<thead><tr><th>Article</th><th class="num">Reused</th><th>Taken from</th><th>Taken up by</th></tr></thead>', '<tbody>'];
  for (const a of rows) {
    const d = a.info;
    const bar = a.share !== undefined ? `<span class="bar"><span class="w${Math.round(a.share * 20) * 5}"></span></span>` : '';
    const from = listed(a.sources.map((s) => `${name(baseName(docs.get(s.doc)?.path ?? s.doc))} (${s.quotes + s.passages})`));
    const to = listed(a.takenBy.map((s) => `${name(baseName(docs.get(s.doc)?.path ?? s.doc))} (${s.clusters})`));
    t.push(`<tr><td><span class="path">${name(d.path)}</span><br>${name(d.title)}${d.date ? ` <span class="meta">· ${esc(d.date)}</span>` : ''}<br><span class="meta">${esc(describeArticleReuse(a))}</span></td>`);
    t.push(`<td class="num">${a.share !== undefined ? percent(a.share) : '–'}${bar}</td><td>${from || '–'}</td><td>${to || '–'}</td></tr>`);
  }
  t.push('</tbody>', '</table>');
  return t.join('\n');
}

/** At most a dozen names, then how many more. */
function listed(names: readonly string[]): string {
  const MAX = 12;
  return names.length > MAX ? `${names.slice(0, MAX).join(', ')} and ${names.length - MAX} more` : names.join(', ');
}

/** A file name or title set among the report's own words: escaped, its bidi controls kept inside it. */
function name(text: string): string {
  return esc(isolateBidi(text));
}

function where(m: ClusterMember, docs: ReadonlyMap<string, DocumentInfo>): string {
  return `<span class="path">${name(docs.get(m.doc)?.path ?? m.doc)}</span>, line ${m.line}`;
}

function clusterLine(c: Cluster, docs: ReadonlyMap<string, DocumentInfo>): string {
  const o = c.members[c.origin];
  return `<span class="kind ${c.kind}">${kindName(c)}</span>${plural(c.members.length, 'appearance')}, first in ${where(o, docs)}: “${esc(excerpt(o.text, 100))}”`;
}

function kindName(c: Cluster): string {
  return c.kind === 'quote' ? 'Quote' : c.kind === 'passage' ? 'Passage' : 'Furniture';
}

function clusterBlock(c: Cluster, docs: ReadonlyMap<string, DocumentInfo>, maxVersions: number): string {
  const origin = c.members[c.origin];
  const articles = new Set(c.members.map((m) => m.doc)).size;
  const b: string[] = [`<article class="cluster" id="${fragmentId('cluster', c.id)}">`];
  const firstBy = c.firstBy === 'date' ? ' (earliest date)' : c.firstBy === 'path' ? ' (first by file order)' : '';
  b.push(`<h3><span class="kind ${c.kind}">${kindName(c)}</span>first in ${where(origin, docs)}${firstBy} · in ${plural(articles, 'article')} · ${plural(c.members.length, 'appearance')}</h3>`);
  b.push(`<blockquote>${esc(origin.text)}</blockquote>`);
  const others = c.members.filter((m) => m !== origin);
  b.push('<table class="versions"><tbody>');
  for (const m of others.slice(0, maxVersions)) {
    const note = m.repeat ? ' · a repeat within the same article, not counted as reuse' : '';
    b.push(`<tr class="head${m.repeat ? ' repeat' : ''}"><td>First appearance</td><td>${where(m, docs)} · ${percent(m.score)} similar${note}${evidenceLine(m)}</td></tr>`);
    const { parts } = wordDiff(origin.text, m.text, { timeoutMs: DIFF_TIMEOUT_MS });
    b.push(`<tr class="${m.repeat ? 'repeat' : 'text'}"><td>${side(parts, 'delete')}</td><td>${side(parts, 'insert')}</td></tr>`);
  }
  b.push('</tbody></table>');
  if (others.length > maxVersions) b.push(`<p class="note">${plural(others.length - maxVersions, 'more version')} not drawn.</p>`);
  b.push('</article>');
  return b.join('\n');
}

/**
 * One side of a version pair: the shared words plain, this side's own words marked. A change of
 * letter case or typography alone is not a change of wording: each side shows its own spelling
 * unmarked, as the comparison view and the CLI do.
 */
function side(parts: readonly DiffPart[], own: 'delete' | 'insert'): string {
  const tag = own === 'delete' ? 'del' : 'ins';
  return parts
    .filter((p) => p.op === 'equal' || p.op === own)
    .map((p) => (p.op === 'equal' || p.minor === 'case' || p.minor === 'typography' ? esc(p.text) : `<${tag}>${esc(p.text)}</${tag}>`))
    .join('');
}

/** Why the member is linked, when the aligner said (see LinkEvidence). */
function evidenceLine(m: ClusterMember): string {
  const e = m.evidence;
  if (!e) return '';
  const words = e.words.length ? `; distinctive words: ${e.words.slice(0, 8).map(esc).join(', ')}` : '';
  return `<br><span class="evidence">${esc(explainEvidence(e))}${words}</span>`;
}
