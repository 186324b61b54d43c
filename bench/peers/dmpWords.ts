/**
 * diff-match-patch compares characters. Its documented way to diff coarser units is to map
 * each distinct unit to one private character, diff those strings, and map back. Here the
 * units are words and the whitespace between them, so the diff is a word diff.
 */
import DiffMatchPatch from 'diff-match-patch';

export type DmpDiff = [number, string];

function encoder() {
  const codes = new Map<string, string>();
  const units: string[] = [];
  const encode = (text: string): string => {
    let out = '';
    for (const unit of text.match(/\s+|[^\s]+/g) ?? []) {
      let c = codes.get(unit);
      if (c === undefined) {
        // Skip the surrogate range so each unit stays one UTF-16 code unit.
        let code = 0x100 + units.length;
        if (code >= 0xd800) code += 0x800;
        if (code > 0xffff) throw new Error('too many distinct words for one-character codes');
        c = String.fromCharCode(code);
        codes.set(unit, c);
        units.push(unit);
      }
      out += c;
    }
    return out;
  };
  const decode = (coded: string): string => {
    let out = '';
    for (let i = 0; i < coded.length; i++) {
      let code = coded.charCodeAt(i);
      if (code >= 0xe000) code -= 0x800;
      out += units[code - 0x100];
    }
    return out;
  };
  return { encode, decode };
}

/** A word-level diff computed by diff-match-patch on word-coded strings. */
export function dmpWordDiff(dmp: DiffMatchPatch, a: string, b: string): DmpDiff[] {
  const { encode, decode } = encoder();
  const ea = encode(a);
  const eb = encode(b);
  const diffs = dmp.diff_main(ea, eb, false);
  return diffs.map(([op, text]) => [op, decode(text)] as DmpDiff);
}

/** A character-level diff with diff-match-patch's semantic clean-up, its usual use. */
export function dmpCharDiff(dmp: DiffMatchPatch, a: string, b: string): DmpDiff[] {
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => [op, text] as DmpDiff);
}
