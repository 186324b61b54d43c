/**
 * Reading and writing PAN's small XML files: one `<document reference="...">` holding
 * `<feature name="..." .../>` elements. The files are flat and regular, so a tolerant
 * attribute scanner is enough; no XML library is needed.
 */
import { normaliseReference, type PanAnnotation } from './annotation';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

function encodeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Attributes of one start tag's inner text, e.g. `name="x" this_offset='3'`. */
export function parseAttributes(tagBody: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tagBody); m; m = re.exec(tagBody)) {
    attrs.set(m[1], decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return attrs;
}

function intAttr(attrs: Map<string, string>, name: string): number | null {
  const v = attrs.get(name);
  if (v === undefined || !/^\s*-?\d+\s*$/.test(v)) return null;
  return parseInt(v, 10);
}

/**
 * The annotations in one PAN XML file whose feature name ends with `nameSuffix`
 * (`plagiarism` for gold, `detected-plagiarism` for detections: PAN matches by suffix too).
 * Features without the four offsets or a source reference are skipped, as PAN does for
 * external (text-alignment) scoring.
 */
export function parsePanXml(xml: string, nameSuffix: string): PanAnnotation[] {
  const doc = /<document\b([^>]*)>/.exec(xml);
  if (!doc) return [];
  const reference = parseAttributes(doc[1]).get('reference');
  if (!reference) return [];
  const susp = normaliseReference(reference);
  const out: PanAnnotation[] = [];
  const featureRe = /<feature\b([^>]*?)\/?>/g;
  for (let m = featureRe.exec(xml); m; m = featureRe.exec(xml)) {
    const attrs = parseAttributes(m[1]);
    const name = attrs.get('name');
    if (name === undefined || !name.endsWith(nameSuffix)) continue;
    const thisOffset = intAttr(attrs, 'this_offset');
    const thisLength = intAttr(attrs, 'this_length');
    const sourceOffset = intAttr(attrs, 'source_offset');
    const sourceLength = intAttr(attrs, 'source_length');
    const source = attrs.get('source_reference');
    if (thisOffset === null || thisLength === null || sourceOffset === null || sourceLength === null || !source) {
      continue;
    }
    out.push({ susp, thisOffset, thisLength, source: normaliseReference(source), sourceOffset, sourceLength });
  }
  return out;
}

/** A detection file for one document pair, in the form PAN's evaluator reads. */
export function detectionXml(suspFile: string, sourceFile: string, detections: readonly PanAnnotation[]): string {
  const lines = [`<document reference="${encodeAttribute(suspFile)}">`];
  for (const d of detections) {
    lines.push(
      `<feature name="detected-plagiarism" this_offset="${d.thisOffset}" this_length="${d.thisLength}"` +
        ` source_reference="${encodeAttribute(sourceFile)}" source_offset="${d.sourceOffset}"` +
        ` source_length="${d.sourceLength}"/>`,
    );
  }
  lines.push('</document>', '');
  return lines.join('\n');
}

/** PAN's file name for a pair's detections: `suspicious-documentX-source-documentY.xml`. */
export function detectionFileName(suspFile: string, sourceFile: string): string {
  return `${normaliseReference(suspFile)}-${normaliseReference(sourceFile)}.xml`;
}
