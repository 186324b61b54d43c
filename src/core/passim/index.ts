/** Reading passim's cluster output into Reprint Lens's alignment (pure: the adapters read the files). */
export { parsePassimRecords, splitJsonValues } from './records';
export type { PassimRecord, PassimProblem } from './records';
export { alignResultFromPassim } from './toAlignResult';
export type { PassimImport, PassimImportOptions } from './toAlignResult';
export { matchIds } from './matchArticles';
export type { IdMatch } from './matchArticles';
export { CodePointOffsets } from './offsets';
