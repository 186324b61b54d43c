import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs on at least this many articles collect garbage between their stages (see
 * collectGarbage); below it the pause is not worth it.
 */
export const COLLECT_FROM = 10_000;

/**
 * A full garbage collection, now. A large run ends one stage with most of its memory garbage
 * (the alignment's pair jobs, then the engine's working tables once the result is made), and
 * V8 would collect it only after the next stage had built on top of it: at 100,000 small
 * articles that put the peak 400 MB higher. Node offers a collection only behind --expose-gc;
 * the flag set at run time gives a new context the `gc` function.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
