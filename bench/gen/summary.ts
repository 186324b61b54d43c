/** A short human-readable account of a generated corpus's ground truth. */
import type { CorpusTruth } from './truth';

export function summariseTruth(t: CorpusTruth): string {
  const chars = t.articles.reduce((s, a) => s + a.length, 0);
  const count = (f: (r: CorpusTruth['reuses'][number]) => boolean) => t.reuses.filter(f).length;
  const lines = [
    `${t.size} articles, ${(chars / 1e6).toFixed(2)} M chars (seed ${t.seed})`,
    `planted reuses: ${t.reuses.length} (passages ${count((r) => r.kind === 'passage')}, quotes ${count((r) => r.kind === 'quote')})`,
    `  by edit rate: ${[0, 0.02, 0.05, 0.1].map((e) => `${e * 100}%: ${count((r) => r.editRate === e)}`).join(', ')}`,
    `  by way: ${['block', 'reprint', 'quote'].map((v) => `${v} ${count((r) => r.via === v)}`).join(', ')}`,
    `  with dropped sentences ${count((r) => r.sentencesDropped > 0)}, hyphen debris ${count((r) => r.hyphens > 0)}, ` +
      `requoted ${count((r) => r.requoted)}, reordered ${count((r) => r.reordered)}`,
    `boilerplate spans: ${t.boilerplate.length} (bylines ${t.boilerplate.filter((b) => b.label === 'byline').length}, footers ${t.boilerplate.filter((b) => b.label === 'footer').length})`,
  ];
  return lines.join('\n');
}
