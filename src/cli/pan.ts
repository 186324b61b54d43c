import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codePointOffset, decodeArticle, MAX_ARTICLE_CHARS } from '../core/index';
import { detectReuse, panDocument, type PanDocument } from '../core/pan/index';
import { addCount, Phase, setCount, Slot, type Counters } from './progressCounters';
import { problemLine } from './cliProblems';

/** Where a problem with one file goes (standard error unless the caller says otherwise). */
export type PanReport = (p: { path: string; reason: string; fatal: boolean }) => void;

const toStderr: PanReport = (p) => process.stderr.write(`${problemLine({ ...p, fatal: true })}\n`);

/** Documents kept prepared between pairs (PAN pairs repeat documents, suspicious ones in runs). */
const CACHE_SIZE = 512;

/**
 * `reprint-lens pan`: for each `susp src` line of the pairs file, runs the PAN detector
 * (`src/core/pan`) on the two documents and writes PAN's detection XML to
 * `<out>/<susp>-<src>.xml`, offsets and lengths in code points as PAN counts them. Only the
 * output folder is written to. Pairs found and done are counted in `counters` when given.
 */
export function runPan(pairsFile: string, srcDir: string, suspDir: string, outDir: string, report: PanReport = toStderr, counters?: Counters): number {
  let pairs: string[][];
  try {
    pairs = readFileSync(pairsFile, 'utf8').split(/\r?\n/).map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 2 && p[0]);
  } catch (e) {
    report({ path: pairsFile, reason: `cannot be read (${(e as NodeJS.ErrnoException).code})`, fatal: true });
    return 1;
  }
  setCount(counters, Slot.phase, Phase.pairing);
  setCount(counters, Slot.pairsFound, pairs.length);
  mkdirSync(outDir, { recursive: true });
  let failed = false;
  // Least recently used documents are dropped first (a Map iterates in insertion order).
  const cache = new Map<string, PanDocument | null>();
  const read = (path: string): PanDocument | null => {
    let doc = cache.get(path);
    if (doc === undefined) {
      const text = readText(path, report);
      doc = text === null ? null : panDocument(text);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    } else cache.delete(path);
    cache.set(path, doc);
    return doc;
  };
  for (const [susp, src] of pairs) {
    const suspDoc = read(join(suspDir, susp));
    const srcDoc = read(join(srcDir, src));
    addCount(counters, Slot.pairsAligned, 1);
    if (suspDoc === null || srcDoc === null) { failed = true; continue; }
    const suspText = suspDoc.text;
    const srcText = srcDoc.text;
    const found = detectReuse(suspDoc, srcDoc);
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

/**
 * A document's text, or null after a one-line message. PAN's corpus has a few documents with
 * stray NUL characters in otherwise valid UTF-8; PAN counts them as characters, so here they
 * are read as text rather than refused as binary.
 */
function readText(path: string, report: PanReport): string | null {
  try {
    const bytes = readFileSync(path);
    const d = decodeArticle(bytes);
    if (d.ok) return d.text;
    if (d.reason.startsWith('is binary')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (text.length <= MAX_ARTICLE_CHARS) return text;
      } catch { /* not UTF-8 either: report decodeArticle's reason */ }
    }
    report({ path, reason: d.reason, fatal: true });
  } catch (e) {
    report({ path, reason: `cannot be read (${(e as NodeJS.ErrnoException).code})`, fatal: true });
  }
  return null;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
