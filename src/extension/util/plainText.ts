import { isolateBidi } from '../../core/report/bidi';

/**
 * Untrusted text (article words, titles, file names) made inert for the places where VS Code
 * reads a little syntax into plain strings: `$(name)` draws a theme icon in CodeLens titles,
 * quick-pick items and the status bar, and `[label](command:…)` becomes a clickable link,
 * which runs any command, in a notification. A zero-width space after `$` and after `]` breaks
 * both patterns without a visible change, and bidi controls are kept inside the text (see
 * isolateBidi). Ordinary text comes back unchanged.
 */
export function plainText(text: string): string {
  return isolateBidi(text.replace(/\$\(/g, '$\u200b(').replace(/\]\(/g, ']\u200b('));
}
