// Loads the article grammar with the same TextMate engine VS Code uses, for scope tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const here = path.dirname(fileURLToPath(import.meta.url));
const grammarPath = path.join(here, '../../syntaxes/reprint-article.tmLanguage.json');
const require = createRequire(import.meta.url);

/** One token of a line: its text and its scopes, outermost first. */
export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.reprint-article'
          ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
          : null,
    });
    const g = await registry.loadGrammar('text.reprint-article');
    if (!g) throw new Error('grammar did not load');
    return g;
  })();
  return grammar;
}

/** Tokenizes a whole text, one array of tokens per line. */
export async function tokenize(text: string): Promise<Token[][]> {
  const g = await loadGrammar();
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of every token that overlaps `needle` in `line` (the first occurrence). */
export function scopesOf(line: readonly Token[], needle: string): string[] {
  const text = line.map((t) => t.text).join('');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the line: ${text}`);
  const scopes = new Set<string>();
  let pos = 0;
  for (const t of line) {
    const end = pos + t.text.length;
    if (end > at && pos < at + needle.length) t.scopes.forEach((s) => scopes.add(s));
    pos = end;
  }
  return [...scopes];
}

/** True when every character of `needle` in `line` carries a scope starting with `scope`. */
export function wholeHas(line: readonly Token[], needle: string, scope: string): boolean {
  const text = line.map((t) => t.text).join('');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the line: ${text}`);
  let pos = 0;
  for (const t of line) {
    const end = pos + t.text.length;
    if (end > at && pos < at + needle.length && !t.scopes.some((s) => s.startsWith(scope))) return false;
    pos = end;
  }
  return true;
}
