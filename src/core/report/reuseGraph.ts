import type { AlignResult, DocumentInfo } from '../types';
import type { ReuseEdge } from './articleReuse';
import { isolateBidi } from './bidi';
import { quotesAndPassages } from './describe';
import { baseName, escapeHtml, excerpt } from './escape';

/** Most articles the figure draws; the busiest are kept. */
const MAX_NODES = 40;
const MARGIN = 40;
const LABEL_ROOM = 120;

/**
 * The report's overview figure as inline SVG: an arc diagram. Articles sit on a line in
 * "first appeared" order, so time runs left to right; an arc joins the article where quotes
 * or passages first appeared (left end) to each article that took them up (right end), its
 * width by how many. Each arc and article carries a <title>, which browsers show on
 * pointing, so the figure explains itself without any script.
 */
export function reuseGraphSvg(result: AlignResult, edges: readonly ReuseEdge[]): { svg: string; omitted: number } {
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  // In a large folder, the strongest links are drawn: edges are taken heaviest first while
  // their articles fit, so the figure shows who took most from whom, not a row of loners.
  const involved = new Set(edges.flatMap((e) => [e.from, e.to]));
  const keptIds = new Set<string>();
  for (const e of [...edges].sort((a, b) => b.quotes + b.passages - (a.quotes + a.passages))) {
    const extra = (keptIds.has(e.from) ? 0 : 1) + (keptIds.has(e.to) ? 0 : 1);
    if (keptIds.size + extra > MAX_NODES) continue;
    keptIds.add(e.from);
    keptIds.add(e.to);
  }
  const kept = [...keptIds].map((id) => docs.get(id)!).filter(Boolean);
  kept.sort((a, b) => a.order - b.order);
  // Few articles spread over the page's width; many sit closer, down to room for a label.
  const step = Math.max(56, Math.min(160, Math.floor(960 / Math.max(1, kept.length - 1))));
  const x = new Map(kept.map((d, i) => [d.id, MARGIN + i * step]));
  const drawn = edges.filter((e) => x.has(e.from) && x.has(e.to));
  const most = Math.max(1, ...drawn.map((e) => e.quotes + e.passages));
  const widest = Math.max(0, ...drawn.map((e) => x.get(e.to)! - x.get(e.from)!));
  const arcRoom = Math.min(widest / 2, 220) + 24;
  const baseline = arcRoom;
  const width = MARGIN * 2 + Math.max(0, kept.length - 1) * step + LABEL_ROOM;
  const height = baseline + LABEL_ROOM;
  const sources = new Set(edges.map((e) => e.from));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="graph-title">`);
  out.push(`<title id="graph-title">Which article took quotes and passages from which: ${drawn.length} links between ${kept.length} articles</title>`);
  if (kept.length > 0) out.push(`<line class="baseline" x1="${MARGIN - 10}" y1="${baseline}" x2="${x.get(kept[kept.length - 1].id)! + 10}" y2="${baseline}"/>`);
  for (const e of drawn) {
    const x1 = x.get(e.from)!;
    const x2 = x.get(e.to)!;
    const rx = (x2 - x1) / 2;
    const ry = Math.min(rx, 220);
    const n = e.quotes + e.passages;
    const w = (1.5 + (4.5 * n) / most).toFixed(1);
    const kind = e.quotes >= e.passages ? 'quote' : 'passage';
    const label = `${isolateBidi(docs.get(e.to)!.path)} took ${quotesAndPassages(e.quotes, e.passages)} first seen in ${isolateBidi(docs.get(e.from)!.path)}`;
    out.push(`<path class="arc ${kind}" stroke-width="${w}" d="M ${x1} ${baseline} A ${rx} ${ry} 0 0 1 ${x2} ${baseline}"><title>${escapeHtml(label)}</title></path>`);
    if (drawn.length <= 30) out.push(`<text class="count" x="${x1 + rx}" y="${baseline - ry - 4}" text-anchor="middle">${n}</text>`);
  }
  for (const d of kept) {
    const cx = x.get(d.id)!;
    out.push(`<circle class="node${sources.has(d.id) ? ' source' : ''}" cx="${cx}" cy="${baseline}" r="5"><title>${escapeHtml(nodeTitle(d))}</title></circle>`);
    out.push(`<text x="${cx}" y="${baseline + 16}" transform="rotate(35 ${cx} ${baseline + 16})">${escapeHtml(excerpt(shortName(d), 18))}</text>`);
  }
  out.push('</svg>');
  return { svg: out.join('\n'), omitted: involved.size - kept.length };
}

function shortName(d: DocumentInfo): string {
  return baseName(d.path).replace(/\.(txt|text|md|markdown|article)$/i, '');
}

function nodeTitle(d: DocumentInfo): string {
  return `${isolateBidi(d.path)}${d.title ? ` — ${isolateBidi(d.title)}` : ''}${d.date ? ` (${d.date})` : ''}`;
}
