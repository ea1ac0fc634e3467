import { describe, expect, it } from 'vitest';
import { isCorrect, parseTypedNumber } from './spec';

describe('a typed answer', () => {
  it('reads decimal numbers as a student writes them', () => {
    expect(parseTypedNumber(' 79,520 ')).toBe(79520);
    expect(parseTypedNumber('1,000,000')).toBe(1e6);
    expect(parseTypedNumber('−0.2')).toBe(-0.2);
    expect(parseTypedNumber('.5')).toBe(0.5);
    expect(parseTypedNumber('1e-5')).toBe(1e-5);
  });
  it('refuses what is not a plain decimal number', () => {
    for (const raw of ['', 'abc', '0x10', '1,2', 'Infinity', 'NaN', '1e999', '2..3', '--1']) expect(parseTypedNumber(raw), raw).toBeNull();
  });
  it('is right within the tolerance only', () => {
    const spec = { id: 'x', kind: 'number', answer: 0.09, tolerance: 5e-4 } as const;
    expect(isCorrect(spec, '0.09')).toBe(true);
    expect(isCorrect(spec, '0.0904')).toBe(true);
    expect(isCorrect(spec, '0.1')).toBe(false);
    expect(isCorrect({ id: 'c', kind: 'choice', options: ['a', 'b'], answer: 'b' }, 'b')).toBe(true);
  });
});
