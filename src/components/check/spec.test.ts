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
  it('is right anywhere in the accepted range of an estimate, ends included', () => {
    const spec = { id: 'e', kind: 'number', answer: 5 / 3, accept: [1.5, 2] } as const;
    for (const raw of ['1.5', '1.6', '1.67', '1.6667', '2']) expect(isCorrect(spec, raw), raw).toBe(true);
    for (const raw of ['1.4', '2.01', '1', '3']) expect(isCorrect(spec, raw), raw).toBe(false);
  });
});
