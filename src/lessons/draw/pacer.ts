/** The clock a Pacer runs on: the page's in the app, a fake one in tests. */
export interface PacerClock {
  now: () => number;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  later: (task: () => void, ms: number) => () => void;
}

export const PAGE_CLOCK: PacerClock = {
  now: () => performance.now(),
  later: (task, ms) => {
    const id = setTimeout(task, ms);
    return () => clearTimeout(id);
  },
};

/**
 * Passes on a stream of values at most once per `everyMs` (the latest one, at the end of the wait),
 * except that a value at rest goes through at once and replaces any that was waiting.
 */
export class Pacer<T> {
  private latest: T | null = null;
  private cancel: (() => void) | null = null;
  private shownAt = -Infinity;

  constructor(
    private readonly everyMs: number,
    private readonly show: (value: T) => void,
    private readonly clock: PacerClock = PAGE_CLOCK,
  ) {}

  push(value: T, atRest: boolean): void {
    this.latest = value;
    if (atRest) {
      this.stop();
      this.emit(value);
      return;
    }
    if (this.cancel) return;
    const wait = Math.max(0, this.everyMs - (this.clock.now() - this.shownAt));
    this.cancel = this.clock.later(() => {
      this.cancel = null;
      if (this.latest !== null) this.emit(this.latest);
    }, wait);
  }

  /** Drops what is waiting (e.g. when the page goes away). */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private emit(value: T): void {
    this.shownAt = this.clock.now();
    this.show(value);
  }
}
