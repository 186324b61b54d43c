import { plainText } from '../util/plainText';

/** The file name of a workspace path without its extension: the short name a tab shows (inert: see plainText). */
function shortName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return plainText(dot > 0 ? name.slice(0, dot) : name);
}

/**
 * A comparison tab's title, named after its articles, the base first: "a ↔ b", "a ↔ b ↔ c",
 * and from four articles on "a ↔ b +2 more".
 */
export function tabTitle(base: string, paths: readonly string[]): string {
  const names = [base, ...paths.filter((p) => p !== base)].map(shortName);
  return names.length <= 3 ? names.join(' ↔ ') : `${names[0]} ↔ ${names[1]} +${names.length - 2} more`;
}
