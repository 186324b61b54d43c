/** PAN text alignment: a sentence-level detector of reused passages between two documents. */
export { detectReuse, PAN_DEFAULTS } from './detectReuse';
export { panDocument } from './panDocument';
export type { PanDocument } from './panDocument';
export type { PanDetection, PanOptions, PanRange } from './types';
