/**
 * One PAN text-alignment annotation: a passage of a suspicious document paired with a passage
 * of a source document. Offsets and lengths count Unicode code points, as PAN's corpora do.
 * References carry no `.txt` suffix (PAN's evaluator strips it before comparing).
 */
export interface PanAnnotation {
  readonly susp: string;
  readonly thisOffset: number;
  readonly thisLength: number;
  readonly source: string;
  readonly sourceOffset: number;
  readonly sourceLength: number;
}

/** Drops a trailing or embedded `.txt`, the way PAN's evaluator normalises references. */
export function normaliseReference(ref: string): string {
  return ref.split('.txt').join('');
}

/** Identity of an annotation: PAN keeps annotations in a set, so exact duplicates count once. */
export function annotationKey(a: PanAnnotation): string {
  return `${a.susp}|${a.thisOffset}|${a.thisLength}|${a.source}|${a.sourceOffset}|${a.sourceLength}`;
}

/** Removes exact duplicates, keeping first-seen order. */
export function uniqueAnnotations(list: Iterable<PanAnnotation>): PanAnnotation[] {
  const seen = new Set<string>();
  const out: PanAnnotation[] = [];
  for (const a of list) {
    const k = annotationKey(a);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(a);
    }
  }
  return out;
}

/** Key of the document pair an annotation belongs to. */
export function pairKey(susp: string, source: string): string {
  return `${normaliseReference(susp)}|${normaliseReference(source)}`;
}
