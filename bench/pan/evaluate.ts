/**
 * Scores detections against PAN gold for a chosen set of pairs: overall and per obfuscation
 * folder. Detections are read like PAN's evaluator reads them (every `*.xml` in the directory
 * and one level below), then kept only when their document pair is among the chosen pairs, so
 * a sample can be scored on its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pairKey, type PanAnnotation } from './annotation';
import { goldCases, type PanPair } from './corpus';
import { scorePan, type PanScores } from './measures';
import { parsePanXml } from './xml';

export interface PanEvaluation {
  readonly pairs: number;
  readonly overall: PanScores;
  readonly byFolder: Record<string, PanScores>;
  /** Detections whose document pair is not among the scored pairs (left out of the scores). */
  readonly ignoredDetections: number;
}

/** Every detection in `dir`'s XML files (and its direct sub-directories'). */
export function readDetections(dir: string): PanAnnotation[] {
  const out: PanAnnotation[] = [];
  const visit = (d: string, depth: number): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name.endsWith('.xml')) out.push(...parsePanXml(readFileSync(p, 'utf8'), 'detected-plagiarism'));
      else if (depth === 0 && statSync(p).isDirectory()) visit(p, 1);
    }
  };
  if (!existsSync(dir)) throw new Error(`no detection directory ${dir}`);
  visit(dir, 0);
  return out;
}

export function evaluatePan(
  corpusDir: string,
  pairs: readonly PanPair[],
  detections: readonly PanAnnotation[],
): PanEvaluation {
  const folderOf = new Map<string, string>();
  for (const p of pairs) folderOf.set(pairKey(p.susp, p.source), p.folder);
  const cases = goldCases(corpusDir, pairs);

  const detsByFolder = new Map<string, PanAnnotation[]>();
  const casesByFolder = new Map<string, PanAnnotation[]>();
  for (const p of pairs) {
    detsByFolder.set(p.folder, []);
    casesByFolder.set(p.folder, []);
  }
  let ignored = 0;
  const kept: PanAnnotation[] = [];
  for (const d of detections) {
    const folder = folderOf.get(pairKey(d.susp, d.source));
    if (folder === undefined) {
      ignored++;
      continue;
    }
    kept.push(d);
    detsByFolder.get(folder)!.push(d);
  }
  for (const c of cases) casesByFolder.get(folderOf.get(pairKey(c.susp, c.source))!)!.push(c);

  const byFolder: Record<string, PanScores> = {};
  for (const folder of [...detsByFolder.keys()].sort()) {
    byFolder[folder] = scorePan(casesByFolder.get(folder)!, detsByFolder.get(folder)!);
  }
  return { pairs: pairs.length, overall: scorePan(cases, kept), byFolder, ignoredDetections: ignored };
}

/** A fixed-width table of an evaluation, one row overall and one per folder. */
export function formatPanEvaluation(label: string, ev: PanEvaluation): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: PanScores) =>
    `${name.padEnd(28)} ${f(s.plagdet).padStart(7)}  ${f(s.recall).padStart(6)}  ${f(s.precision).padStart(7)}  ${f(s.granularity).padStart(5)}  ${String(s.cases).padStart(6)} ${String(s.detections).padStart(7)}`;
  const lines = [
    `${label} (${ev.pairs} pairs${ev.ignoredDetections ? `, ${ev.ignoredDetections} detections outside them ignored` : ''})`,
    `${'folder'.padEnd(28)} plagdet  recall  precis.  gran.   cases    dets`,
    row('overall', ev.overall),
    ...Object.entries(ev.byFolder).map(([k, s]) => row(k, s)),
  ];
  return lines.join('\n');
}
