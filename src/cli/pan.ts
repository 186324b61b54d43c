import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codePointOffset, decodeArticle, reusedPassages } from '../core/index';

/** Words allowed between two regions that PAN output reports as one detection. */
const PAN_MERGE_GAP = 40;

/**
 * `reprint-lens pan`: for each `susp src` line of the pairs file, aligns the two documents
 * and writes PAN's detection XML to `<out>/<susp>-<src>.xml`, offsets and lengths in code
 * points as PAN counts them. Only the output folder is written to.
 */
export function runPan(pairsFile: string, srcDir: string, suspDir: string, outDir: string): number {
  let pairs: string[][];
  try {
    pairs = readFileSync(pairsFile, 'utf8').split(/\r?\n/).map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 2 && p[0]);
  } catch (e) {
    process.stderr.write(`reprint-lens: error: ${pairsFile} cannot be read (${(e as NodeJS.ErrnoException).code})\n`);
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  let failed = false;
  const cache = new Map<string, string | null>();
  const read = (path: string): string | null => {
    if (!cache.has(path)) {
      let text: string | null = null;
      try {
        const d = decodeArticle(readFileSync(path));
        if (d.ok) text = d.text;
        else process.stderr.write(`reprint-lens: error: ${path} ${d.reason}\n`);
      } catch (e) {
        process.stderr.write(`reprint-lens: error: ${path} cannot be read (${(e as NodeJS.ErrnoException).code})\n`);
      }
      if (cache.size > 64) cache.clear();
      cache.set(path, text);
    }
    return cache.get(path)!;
  };
  for (const [susp, src] of pairs) {
    const suspText = read(join(suspDir, susp));
    const srcText = read(join(srcDir, src));
    if (suspText === null || srcText === null) { failed = true; continue; }
    const found = reusedPassages({ path: susp, text: suspText }, { path: src, text: srcText }, { mergeGap: PAN_MERGE_GAP });
    const features = found.map((p) => {
      const to = codePointOffset(suspText, p.a.start);
      const so = codePointOffset(srcText, p.b.start);
      return `<feature name="detected-plagiarism" this_offset="${to}" this_length="${codePointOffset(suspText, p.a.end) - to}" ` +
        `source_reference="${xml(src)}" source_offset="${so}" source_length="${codePointOffset(srcText, p.b.end) - so}"/>`;
    });
    const body = `<document reference="${xml(susp)}">\n${features.join('\n')}${features.length ? '\n' : ''}</document>\n`;
    writeFileSync(join(outDir, `${basename(susp, '.txt')}-${basename(src, '.txt')}.xml`), body);
  }
  return failed ? 1 : 0;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
