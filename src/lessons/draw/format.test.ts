import { describe, expect, it } from 'vitest';
import { decimal, percent, ranking } from './format';

describe('draw formatting', () => {
  it('writes probabilities as percentages with one decimal', () => {
    expect(percent(0.9234, 'en')).toBe('92.3%');
    expect(percent(0.05, 'ko')).toBe('5.0%');
  });
  it('writes numbers with at most the given decimals, grouping thousands', () => {
    expect(decimal(3.14159, 'en', 2)).toBe('3.14');
    expect(decimal(2, 'en', 2)).toBe('2');
    expect(decimal(1234.5, 'ko', 1)).toBe('1,234.5');
  });
  it('ranks classes by probability, ties by class', () => {
    expect(ranking([0.1, 0.5, 0.1, 0.3])).toEqual([1, 3, 0, 2]);
  });
});
