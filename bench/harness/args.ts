/** Reading `--name value` command-line options the same way in every bench script. */
export class Args {
  constructor(private readonly argv: readonly string[] = process.argv.slice(2)) {}

  flag(name: string): boolean {
    return this.argv.includes(name);
  }

  /** The value after the last `name`, or undefined when absent or followed by another option. */
  value(name: string): string | undefined {
    const all = this.values(name);
    return all[all.length - 1];
  }

  /** Every value given for a repeatable option. */
  values(name: string): string[] {
    const out: string[] = [];
    this.argv.forEach((a, i) => {
      const v = this.argv[i + 1];
      if (a === name && v !== undefined && !v.startsWith('--')) out.push(v);
    });
    return out;
  }

  number(name: string, fallback: number): number {
    const v = this.value(name);
    return v === undefined ? fallback : Number(v);
  }

  /** A comma-separated list of numbers (e.g. `--size 2000,5000`). */
  numbers(name: string, fallback: readonly number[]): number[] {
    const v = this.value(name);
    return v === undefined ? [...fallback] : v.split(',').map(Number);
  }
}
