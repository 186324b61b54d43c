/**
 * The articles a lookup table was built over, by id (ShingleHolders, KeyHolders). One that is
 * forgotten (replaced or removed since) is null: left out of every answer, and let go.
 */
export class HolderList<T extends object> {
  protected readonly holders: Array<T | null>;

  constructor(holders: readonly T[]) {
    this.holders = [...holders];
  }

  /** Leaves a holder out of every later answer, and lets it go. */
  forget(holder: T): void {
    const id = this.holders.indexOf(holder);
    if (id >= 0) this.holders[id] = null;
  }
}
