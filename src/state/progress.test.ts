import { describe, expect, it } from 'vitest';
import { ALL_CHECK_KEYS, LESSON_CHECKS } from './lesson-checks';
import { answeredIn, EMPTY_PROGRESS, mergeProgress, progressOf, recordFrom, type ProgressRecord } from './progress-record';

const answer = (at: number, value = 'a', correct = true) => ({ value, correct, at });

describe('stored lesson progress', () => {
  it('reads foreign or corrupt data as no progress', () => {
    expect(recordFrom(null)).toEqual(EMPTY_PROGRESS);
    expect(recordFrom({ lang: 'en' })).toEqual(EMPTY_PROGRESS);
    expect(recordFrom({ visited: { mse: -1, nope: 3, cee: 'x', draw: 5 }, answers: { 'mse/worst': { value: 3 }, 'mse/nope': answer(1) } })).toEqual({ visited: { draw: 5 }, answers: {}, resetAt: 0 });
  });
  it('reads the older lists of lessons as visits', () => {
    expect(recordFrom({ visited: ['mse', 'nope'], completed: ['cee'] })).toEqual({ visited: { mse: 1, cee: 1 }, answers: {}, resetAt: 0 });
  });
  it('finishes a lesson when every one of its checks is answered, right or wrong', () => {
    const ids = LESSON_CHECKS.mse;
    const some: ProgressRecord = { visited: {}, answers: { [`mse/${ids[0]}`]: answer(5) }, resetAt: 0 };
    expect(progressOf(EMPTY_PROGRESS, 'mse')).toBe('new');
    expect(progressOf({ ...EMPTY_PROGRESS, visited: { mse: 2 } }, 'mse')).toBe('visited');
    expect(progressOf(some, 'mse')).toBe('visited');
    expect(answeredIn(some, 'mse')).toEqual({ answered: 1, total: ids.length });
    const all = { ...some, answers: Object.fromEntries(ids.map((id) => [`mse/${id}`, answer(6, 'x', false)])) };
    expect(progressOf(all, 'mse')).toBe('completed');
  });
  it('gives every check a distinct key', () => {
    expect(new Set(ALL_CHECK_KEYS).size).toBe(ALL_CHECK_KEYS.length);
    for (const ids of Object.values(LESSON_CHECKS)) expect(ids.length).toBeGreaterThanOrEqual(2);
  });
});

describe('merging two tabs’ progress', () => {
  const tabA: ProgressRecord = { visited: { intro: 10, mse: 20 }, answers: { 'mse/worst': answer(21, '0.2') }, resetAt: 0 };
  const tabB: ProgressRecord = { visited: { intro: 5, cee: 30 }, answers: { 'mse/worst': answer(25, '1', false), 'cee/tenth': answer(31) }, resetAt: 0 };

  it('keeps the marks of both, and the later of two answers to the same check', () => {
    const merged = mergeProgress(tabA, tabB);
    expect(merged.visited).toEqual({ intro: 10, mse: 20, cee: 30 });
    expect(merged.answers['mse/worst']).toEqual(answer(25, '1', false));
    expect(merged.answers['cee/tenth']).toEqual(answer(31));
    expect(mergeProgress(tabB, tabA)).toEqual(merged);
  });
  it('lets a reset in one tab clear what the other tab knew before it, but not what came after', () => {
    const reset: ProgressRecord = { visited: {}, answers: {}, resetAt: 26 };
    const merged = mergeProgress(mergeProgress(tabA, tabB), reset);
    expect(merged).toEqual({ visited: { cee: 30 }, answers: { 'cee/tenth': answer(31) }, resetAt: 26 });
  });
  it('is idempotent, so reading back one’s own write changes nothing', () => {
    const merged = mergeProgress(tabA, tabB);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });
});
