/** Characters that open or close a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Untrusted text (a file name, a title, a few words of an article) wrapped so that its bidi
 * controls act only inside it. A file named `brief\u202Ecod.txt` shows as "brieftxt.doc", and
 * without this its right-to-left override would run on into whatever the label says next
 * (", line 5" reads "5 enil ,"). The text goes between U+2068 FIRST STRONG ISOLATE and U+2069
 * POP DIRECTIONAL ISOLATE, which ends every embedding and override opened inside it (UAX #9,
 * X6a); for that closing U+2069 to be the one that matches, isolates the text leaves open are
 * closed first and a U+2069 with nothing to close (a no-op where it stood) is left out. Text
 * without bidi controls comes back unchanged, so ordinary labels stay as they were.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  let open = 0;
  let inner = '';
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') open++;
    else if (ch === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open--;
    }
    inner += ch;
  }
  return FIRST_STRONG_ISOLATE + inner + POP_DIRECTIONAL_ISOLATE.repeat(open) + POP_DIRECTIONAL_ISOLATE;
}
