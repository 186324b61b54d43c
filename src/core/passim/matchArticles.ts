/** How a passim document id found its article, or why it did not. */
export type IdMatch = { readonly path: string } | { readonly missing: true } | { readonly ambiguous: readonly string[] };

const EXTENSION = /\.[A-Za-z0-9]{1,9}$/;

/**
 * Finds the article each passim document id stands for. People build passim's input from a
 * folder of files, with the file's path or name as the id, with or without its extension;
 * so an id matches, in this order of preference: a path exactly; a path without its
 * extension; the end of a path (whole folder names); a file name, with or without its
 * extension. The first rule that matches anything decides; two articles matching it is
 * reported, never guessed between.
 */
export function matchIds(ids: Iterable<string>, paths: readonly string[]): Map<string, IdMatch> {
  const rules: Map<string, string[]>[] = [new Map(), new Map(), new Map(), new Map()];
  const add = (rule: number, key: string, path: string) => {
    const list = rules[rule].get(key) ?? [];
    if (!list.includes(path)) list.push(path);
    rules[rule].set(key, list);
  };
  for (const path of paths) {
    const norm = path.replace(/\\/g, '/');
    add(0, norm, path);
    add(1, norm.replace(EXTENSION, ''), path);
    const parts = norm.split('/');
    for (let k = 1; k < parts.length - 1; k++) {
      const tail = parts.slice(k).join('/');
      add(2, tail, path);
      add(2, tail.replace(EXTENSION, ''), path);
    }
    const base = parts[parts.length - 1];
    add(3, base, path);
    add(3, base.replace(EXTENSION, ''), path);
  }
  const out = new Map<string, IdMatch>();
  for (const id of ids) {
    const key = id.replace(/\\/g, '/').replace(/^\.\//, '');
    const found = rules.map((r) => r.get(key)).find((list) => list !== undefined);
    out.set(id, !found ? { missing: true } : found.length === 1 ? { path: found[0] } : { ambiguous: found });
  }
  return out;
}
