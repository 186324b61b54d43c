/**
 * The report's only style sheet. The page's Content-Security-Policy allows exactly this text
 * by its SHA-256 (no 'unsafe-inline'), so the hash below must follow any edit:
 * test/unit/report.test.ts recomputes it and prints the value to paste when they differ.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329; --quote: #8250df; --passage: #0969da; --accent: #bc4c00; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --panel: #151b23;
    --del-bg: #67060c; --del-fg: #ffdcd7; --ins-bg: #033a16; --ins-fg: #aff5b4; --quote: #ab7df8; --passage: #4493f8; --accent: #f0883e; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 64px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; font-weight: 600; margin: 0 0 8px; }
a { color: var(--passage); }
.meta, .note, figcaption, .where { color: var(--muted); }
.meta { margin: 0; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 12px 0 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
.bar { display: block; height: 6px; margin-top: 4px; background: var(--line); border-radius: 3px; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }
${Array.from({ length: 21 }, (_, i) => `.bar > .w${i * 5} { width: ${i * 5}%; }`).join('\n')}
.cluster { margin: 0 0 28px; padding: 14px 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.kind { display: inline-block; padding: 0 6px; margin-right: 6px; border-radius: 10px; font-size: 12px; color: #fff; }
.kind.quote { background: var(--quote); }
.kind.passage { background: var(--passage); }
.kind.boilerplate { background: var(--muted); }
blockquote { margin: 0 0 12px; padding: 4px 12px; border-left: 3px solid var(--accent); white-space: pre-wrap; overflow-wrap: anywhere; }
.versions { table-layout: fixed; background: var(--bg); }
.versions td { width: 50%; white-space: pre-wrap; overflow-wrap: anywhere; }
.versions tr.head td { white-space: normal; font-size: 13px; color: var(--muted); border-bottom: 0; padding-bottom: 0; }
.versions tr.repeat td { opacity: 0.75; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; }
.evidence { font-size: 13px; }
figure { margin: 0; overflow-x: auto; }
svg { display: block; max-width: none; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .count { fill: var(--muted); font-size: 11px; }
svg .baseline { stroke: var(--line); stroke-width: 1; }
svg .arc { fill: none; stroke-opacity: 0.7; stroke-linecap: round; }
svg .arc.quote { stroke: var(--quote); }
svg .arc.passage { stroke: var(--passage); }
svg .node { fill: var(--bg); stroke: var(--fg); stroke-width: 1.5; }
svg .node.source { fill: var(--accent); }
footer { margin-top: 48px; font-size: 13px; color: var(--muted); }
@media print { .cluster { break-inside: avoid; } nav { display: none; } }
`;

/** base64 SHA-256 of REPORT_CSS, as the page's CSP names it. */
export const REPORT_CSS_SHA256 = 'TbnMRPwhvdBrB7LFxNov03EKecME0248sZezplGm6Gc=';
