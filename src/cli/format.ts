import { wordDiff } from '../core/diff/wordDiff';
import { explainEvidence } from '../core/evidence/memberEvidence';
import { isReuse, type AlignResult, type CompareResult, type DiffPart } from '../core/types';

/** How changes are marked in terminal text. */
export interface Style {
  readonly del: (s: string) => string;
  readonly ins: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

/** ANSI colours for a terminal; plain markers ([-gone-]{+new+}) for pipes and files. */
export function styleFor(color: boolean): Style {
  if (!color) return { del: (s) => `[-${s}-]`, ins: (s) => `{+${s}+}`, dim: (s) => s, bold: (s) => s };
  return {
    del: (s) => `\x1b[31;9m${s}\x1b[0m`,
    ins: (s) => `\x1b[32;4m${s}\x1b[0m`,
    dim: (s) => `\x1b[2m${s}\x1b[0m`,
    bold: (s) => `\x1b[1m${s}\x1b[0m`,
  };
}

/** One line of article text, safe for a terminal: control characters (escape sequences) become '�'. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');

/** A change of case or typography is no change of wording: the new spelling, dimmed, without markers. */
function showDiff(parts: readonly DiffPart[], st: Style): string {
  return parts.map((p) => {
    if (p.op === 'equal') return oneLine(p.text);
    if (p.minor === 'case' || p.minor === 'typography') return p.op === 'insert' ? st.dim(oneLine(p.text)) : '';
    return p.op === 'delete' ? st.del(oneLine(p.text)) : st.ins(oneLine(p.text));
  }).join('');
}

/** Terminal report of `align`: each cluster with its origin and how later versions differ. */
export function formatAlign(result: AlignResult, st: Style): string {
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const out: string[] = [];
  const reuse = result.clusters.filter(isReuse);
  const furniture = result.clusters.filter((c) => !isReuse(c));
  out.push(st.bold(`Reprint Lens: ${result.documents.length} articles, ${reuse.length} reused passages and quotes`));
  for (const c of reuse) {
    const origin = c.members[c.origin];
    const od = docs.get(origin.doc)!;
    const articles = new Set(c.members.map((m) => m.doc)).size;
    const decided = c.firstBy === 'date' ? ' (by date)' : c.firstBy === 'path' ? ' (by path order)' : '';
    out.push('');
    out.push(st.bold(`${c.id}  ${c.kind}, in ${articles} articles, first in ${od.path}:${origin.line}${decided}`));
    const repeats: string[] = [];
    for (const [n, m] of c.members.entries()) {
      const d = docs.get(m.doc)!;
      const where = `${d.path}:${m.line}`;
      if (m.repeat) { repeats.push(where); continue; }
      if (n === c.origin) { out.push(`  first  ${st.dim(where)}\n         “${oneLine(m.text)}”`); continue; }
      out.push(`  ${m.score.toFixed(2)}   ${st.dim(where)}\n         “${showDiff(wordDiff(origin.text, m.text).parts, st)}”`);
      if (m.evidence) out.push(`         ${st.dim(oneLine(explainEvidence(m.evidence)))}`);
    }
    // Repeats inside one article are not reuse between sources: named apart, once.
    if (repeats.length) out.push(`  ${st.dim(`repeated within an article at ${repeats.join(', ')}`)}`);
  }
  if (reuse.length === 0) out.push('', 'No reused passages or quotes found.');
  if (furniture.length) {
    // Listed, not hidden: a reader can still check that nothing real was set aside.
    out.push('', st.bold(`Page furniture at the head or foot of many articles (${furniture.length}, not counted as reuse):`));
    for (const c of furniture) {
      const origin = c.members[c.origin];
      out.push(`  ${c.id}  ${c.members.length} appearances, first in ${st.dim(`${docs.get(origin.doc)!.path}:${origin.line}`)}  “${Array.from(oneLine(origin.text)).slice(0, 80).join('')}”`);
    }
  }
  return out.join('\n') + '\n';
}

/** Terminal report of `compare`: a summary line, then one line per row (with `changesOnly`, rows of unchanged wording are left out). */
export function formatCompare(result: CompareResult, st: Style, changesOnly = false): string {
  const counts = new Map<string, number>();
  for (const r of result.rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const summary = ['same', 'changed', 'moved', 'omitted', 'added'].map((k) => `${counts.get(k) ?? 0} ${k}`).join(', ');
  const out = [st.bold(`${result.left.path}  ↔  ${result.right.path}`), summary, ''];
  for (const r of result.rows) {
    if (changesOnly && r.kind === 'same') continue;
    const where = `${r.left ? `L${r.left.line}` : ''}${r.left && r.right ? '~' : ''}${r.right ? `R${r.right.line}` : ''}`;
    const head = `${r.kind.padEnd(7)} ${where.padEnd(9)}`;
    if (r.diff && r.kind !== 'same') out.push(`${head} ${showDiff(r.diff, st)}`);
    else if (r.kind === 'omitted') out.push(`${head} ${st.del(oneLine(r.left!.text))}`);
    else if (r.kind === 'added') out.push(`${head} ${st.ins(oneLine(r.right!.text))}`);
    else out.push(`${head} ${st.dim(oneLine(r.left!.text))}`);
  }
  return out.join('\n') + '\n';
}
