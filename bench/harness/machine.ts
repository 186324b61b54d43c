/** What the timings of a run depend on: the machine, and how busy it was (other processes share the cores). */
import { cpus, loadavg, totalmem } from 'node:os';

export function machineInfo(): { cpus: number; memoryGiB: number; loadAverage: number[] } {
  return { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100) };
}

/** The 1-minute load average now, two decimals. */
export function loadNow(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
