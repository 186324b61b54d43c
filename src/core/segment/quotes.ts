import { paragraphs } from './paragraphs';

/** Text inside quotation marks. `start`/`end` exclude the marks. */
export interface Quotation {
  readonly start: number;
  readonly end: number;
  /** False when the paragraph ended before a closing mark (a quote that runs on). */
  readonly closed: boolean;
}

const OPEN_DOUBLE = '“„«‟';
const CLOSE_DOUBLE = '”»';

/**
 * Finds quotations paragraph by paragraph. Curly marks say which way they face, straight
 * ones toggle. Real copy is messier than that, so: an opening curly mark met while a quote is
 * open and followed by no letter is taken as a mis-typed closer (`raped, “- said`); single
 * marks count only where they cannot be apostrophes (‘ after a space, ’ before a non-letter);
 * a quote still open at the paragraph's end is kept as unclosed, since news paragraphs often
 * continue a quote into the next one.
 */
export function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (const p of paragraphs(text)) {
    let open = -1;
    let single = false;
    const push = (s: number, e: number, closed: boolean) => {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) out.push({ start: a, end: b, closed });
    };
    for (let i = p.start; i < p.end; i++) {
      // Only quotation marks change the state: skip everything else cheaply.
      if (!isQuoteMark(text.charCodeAt(i))) continue;
      const c = text[i];
      const next = text[i + 1] ?? ' ';
      const prev = i > 0 ? text[i - 1] : ' ';
      if (open < 0) {
        if (OPEN_DOUBLE.includes(c) || (c === '"' && !/\s/.test(next))) { open = i + 1; single = false; }
        else if ((c === '‘' || c === "'") && /[\s(\[—-]/.test(prev) && /\p{L}/u.test(next)) { open = i + 1; single = true; }
        continue;
      }
      if (single) {
        if ((c === '’' || c === "'") && !/[\p{L}\p{N}]/u.test(next)) { push(open, i, true); open = -1; }
        continue;
      }
      const closes = CLOSE_DOUBLE.includes(c) || c === '"' || (OPEN_DOUBLE.includes(c) && !/[\p{L}\p{N}]/u.test(next));
      if (closes) { push(open, i, true); open = -1; }
    }
    if (open >= 0) push(open, p.end, false);
  }
  return out;
}

/** " ' « » and the curly marks U+2018 to U+201F (a superset of the marks handled above). */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f);
}
