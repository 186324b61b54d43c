import type { InputProblem } from './readInputs';

/** Prints each problem as one line on standard error; true when one of them is fatal. */
export function printProblems(problems: readonly InputProblem[]): boolean {
  for (const p of problems) process.stderr.write(`reprint-lens: ${p.fatal ? 'error' : 'note'}: ${p.path} ${p.reason}\n`);
  return problems.some((p) => p.fatal);
}

/** Exit statuses of the command-line contract. */
export const Exit = { ok: 0, badInput: 1, usage: 2 } as const;

/** Prints a usage error with the command's own usage lines; returns exit status 2. */
export function usageError(message: string, usage: string): number {
  process.stderr.write(`reprint-lens: ${message}\n${usage}\n`);
  return Exit.usage;
}
