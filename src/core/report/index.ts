/** Reports on an alignment, for people: one HTML page and a CSV for spreadsheets (pure: no I/O). */
export { buildHtmlReport, REPORT_CSP } from './htmlReport';
export type { ReportOptions } from './htmlReport';
export { buildCsvReport, csvCell, CSV_COLUMNS } from './csvReport';
export { articleReuse, reuseEdges, coveredLength } from './articleReuse';
export type { ArticleReuse, ReuseEdge, SourceShare } from './articleReuse';
export { describeArticleReuse, percent, plural, quotesAndPassages } from './describe';
export { escapeHtml, baseName, excerpt } from './escape';
export { isolateBidi } from './bidi';
