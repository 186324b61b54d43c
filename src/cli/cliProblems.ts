import type { InputProblem } from './readInputs';
import { safeName } from './terminalText';

/**
 * One problem as the line standard error shows it, the file's name and the reason made safe
 * for a terminal (a name can hold escape sequences, line breaks and bidi controls).
 */
export function problemLine(p: { readonly path: string; readonly reason: string; readonly fatal: boolean }): string {
  return `reprint-lens: ${p.fatal ? 'error' : 'note'}: ${safeName(p.path)} ${safeName(p.reason)}`;
}

/** Prints each problem as one line on standard error; true when one of them is fatal. */
export function printProblems(problems: readonly InputProblem[]): boolean {
  for (const p of problems) process.stderr.write(`${problemLine(p)}\n`);
  return problems.some((p) => p.fatal);
}

/** Exit statuses of the command-line contract. */
export const Exit = { ok: 0, badInput: 1, usage: 2 } as const;

/** Prints a usage error with the command's own usage lines; returns exit status 2. */
export function usageError(message: string, usage: string): number {
  process.stderr.write(`reprint-lens: ${message}\n${usage}\n`);
  return Exit.usage;
}
