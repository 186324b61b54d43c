// One shape for what a run produced, whichever way it ran, and the report printed from it.
import { readFileSync } from 'node:fs';

export interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs?: number;
  error?: string;
}

interface MochaTest { fullTitle: string; duration?: number; err?: { message?: string; stack?: string } }
interface MochaJson { passes: MochaTest[]; failures: MochaTest[]; pending: MochaTest[] }

/** Reads the file Mocha's JSON reporter wrote; throws if it is missing or not Mocha JSON. */
export function readMochaJson(file: string): Outcome[] {
  let json: MochaJson;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read test results from ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(json.passes) || !Array.isArray(json.failures) || !Array.isArray(json.pending)) {
    throw new Error(`${file} is not Mocha JSON output`);
  }
  return [
    ...json.passes.map((t): Outcome => ({ title: t.fullTitle, state: 'passed', durationMs: t.duration })),
    ...json.failures.map((t): Outcome => ({ title: t.fullTitle, state: 'failed', durationMs: t.duration,
      error: t.err?.stack || t.err?.message || 'failed' })),
    ...json.pending.map((t): Outcome => ({ title: t.fullTitle, state: 'skipped' })),
  ];
}

/**
 * Prints one line per test and, last, `N passed, N failed`.
 * Returns the exit code: 1 on any failure or when no test ran.
 */
export function report(outcomes: Outcome[]): number {
  const mark = { passed: 'pass', failed: 'FAIL', skipped: 'skip' } as const;
  for (const o of outcomes) {
    const time = o.durationMs !== undefined ? ` (${o.durationMs} ms)` : '';
    console.log(`  ${mark[o.state]}  ${o.title}${time}`);
    if (o.error) console.log(o.error.replace(/^/gm, '        '));
  }
  const count = (s: Outcome['state']) => outcomes.filter((o) => o.state === s).length;
  const passed = count('passed');
  const failed = count('failed');
  if (count('skipped')) console.log(`(${count('skipped')} skipped)`);
  if (passed + failed === 0) console.log('no test ran');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed + failed === 0 ? 1 : 0;
}
