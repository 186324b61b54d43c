/**
 * Work written as a generator that yields between slices, so a caller can pause between them
 * (see AlignmentSession.build); `finish` runs it to its end without pausing.
 */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
