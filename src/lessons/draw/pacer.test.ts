import { describe, expect, it } from 'vitest';
import { Pacer, type PacerClock } from './pacer';

/** A clock that moves only when told to, running due tasks in order. */
function fakeClock() {
  let time = 0;
  let tasks: { at: number; task: () => void }[] = [];
  const clock: PacerClock = {
    now: () => time,
    later: (task, ms) => {
      const entry = { at: time + ms, task };
      tasks.push(entry);
      return () => { tasks = tasks.filter((t) => t !== entry); };
    },
  };
  const advance = (ms: number) => {
    const until = time + ms;
    for (;;) {
      const due = tasks.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      tasks = tasks.filter((t) => t !== due);
      time = due.at;
      due.task();
    }
    time = until;
  };
  return { clock, advance, pending: () => tasks.length };
}

describe('Pacer', () => {
  it('passes the first value of a quiet stream on at once, then the latest once per interval', () => {
    const { clock, advance } = fakeClock();
    const shown: number[] = [];
    const pacer = new Pacer<number>(200, (v) => shown.push(v), clock);
    pacer.push(1, false);
    expect(shown).toEqual([]);
    advance(0);
    expect(shown).toEqual([1]);
    for (let v = 2; v <= 10; v++) {
      advance(16);
      pacer.push(v, false);
    }
    // 9 values over 144 ms: the wait from the first showing has not ended.
    expect(shown).toEqual([1]);
    advance(56);
    expect(shown).toEqual([1, 10]);
  });

  it('lets a value at rest through at once and drops the one that was waiting', () => {
    const { clock, advance, pending } = fakeClock();
    const shown: string[] = [];
    const pacer = new Pacer<string>(200, (v) => shown.push(v), clock);
    pacer.push('a', true);
    pacer.push('b', false);
    expect(pending()).toBe(1);
    pacer.push('c', true);
    expect(shown).toEqual(['a', 'c']);
    expect(pending()).toBe(0);
    advance(1000);
    expect(shown).toEqual(['a', 'c']);
  });

  it('shows nothing more after stop', () => {
    const { clock, advance } = fakeClock();
    const shown: number[] = [];
    const pacer = new Pacer<number>(200, (v) => shown.push(v), clock);
    pacer.push(1, true);
    pacer.push(2, false);
    pacer.stop();
    advance(1000);
    expect(shown).toEqual([1]);
  });
});
