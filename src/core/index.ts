/**
 * Reprint Lens core: a pure library (no `vscode`, no DOM, no Node built-ins) that finds where
 * articles reuse each other's passages and quotes. The CLI and the extension are adapters over it.
 */
export * from './types';
export { decodeArticle, MAX_ARTICLE_CHARS } from './input/decode';
export type { DecodeResult } from './input/decode';
export { alignArticles } from './align/alignArticles';
export { ENGINE_REVISION } from './align/settings';
export { compareArticles } from './compare/compareArticles';
export { wordDiff } from './diff/wordDiff';
export type { WordDiff } from './diff/wordDiff';
export { ReuseIndex } from './provenance/reuseIndex';
export { chanceText, explainEvidence } from './evidence/memberEvidence';
export type { Appearance } from './provenance/reuseIndex';
export { findPhrase } from './match/findPhrase';
export type { PhraseHit } from './match/findPhrase';
export { codePointOffset } from './util/codePoints';
export { AlignmentSession } from './align/session';
export type { AlignmentJobs } from './align/session';
export { PairAligner } from './align/pairJobs';
export type { PairJob, PairResult, SharedTokens } from './align/pairJobs';
