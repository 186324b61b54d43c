/**
 * Writes a detector's output for a set of PAN pairs as detection XML files, one per pair,
 * exactly as a competing system would, so scoring goes through the same file reader.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseReference, type PanAnnotation } from './annotation';
import { codePointLength } from './codePoints';
import { goldCases, readPanDocument, type PanPair } from './corpus';
import { baselineDetect } from './baseline';
import { detectionFileName, detectionXml } from './xml';

export type PairDetector = (pair: PanPair) => PanAnnotation[];

export function writeDetections(outDir: string, pairs: readonly PanPair[], detect: PairDetector): number {
  mkdirSync(outDir, { recursive: true });
  let count = 0;
  for (const p of pairs) {
    const dets = detect(p);
    count += dets.length;
    writeFileSync(join(outDir, detectionFileName(p.susp, p.source)), detectionXml(p.susp, p.source, dets));
  }
  return count;
}

/** The gold cases of the pair, handed back as detections (must score 1). */
export function goldDetector(corpusDir: string): PairDetector {
  return (p) => goldCases(corpusDir, [p]);
}

/** One detection covering both whole documents of the pair. */
export function wholeDocumentDetector(corpusDir: string): PairDetector {
  return (p) => [
    {
      susp: normaliseReference(p.susp),
      thisOffset: 0,
      thisLength: codePointLength(readPanDocument(corpusDir, 'susp', p.susp)),
      source: normaliseReference(p.source),
      sourceOffset: 0,
      sourceLength: codePointLength(readPanDocument(corpusDir, 'src', p.source)),
    },
  ];
}

/** The exact-match word n-gram baseline. */
export function baselineDetector(corpusDir: string): PairDetector {
  return (p) =>
    baselineDetect(p.susp, readPanDocument(corpusDir, 'susp', p.susp), p.source, readPanDocument(corpusDir, 'src', p.source));
}
