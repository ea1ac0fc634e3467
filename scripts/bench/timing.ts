// Wall-clock and CPU time of a piece of work. The machine is shared, so CPU time (this process
// only) is printed next to wall time: it moves much less when other jobs compete for the cores.

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Runs `work` `reps` times and returns the time per repetition. */
export function time(reps: number, work: (rep: number) => void): Timing {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < reps; r++) work(r);
  const wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: wallMs / reps, cpuMs: (cpu.user + cpu.system) / 1000 / reps };
}

/** The median of each field over several timings. */
export function median(timings: Timing[]): Timing {
  const mid = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const m = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  };
  return { wallMs: mid(timings.map((t) => t.wallMs)), cpuMs: mid(timings.map((t) => t.cpuMs)) };
}

/** Writes one line to standard output. */
export function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** A duration for people: "0.84 ms", "12.3 s", "2.4 h". */
export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 7_200_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
