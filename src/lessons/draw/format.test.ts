import { describe, expect, it } from 'vitest';
import { percent, ranking } from './format';

describe('draw formatting', () => {
  it('writes probabilities as percentages with one decimal', () => {
    expect(percent(0.9234, 'en')).toBe('92.3%');
    expect(percent(0.05, 'ko')).toBe('5.0%');
  });
  it('ranks classes by probability, ties by class', () => {
    expect(ranking([0.1, 0.5, 0.1, 0.3])).toEqual([1, 3, 0, 2]);
  });
});
