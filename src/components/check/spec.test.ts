import { describe, expect, it } from 'vitest';
import { isCorrect, looksLikeDecimalComma, misconceptionKey, parseTypedNumber, withoutUnit } from './spec';

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

describe('a typed answer in the forms a student may use', () => {
  it('reads a fraction, a space after the sign and full-width digits', () => {
    expect(parseTypedNumber('1/2')).toBe(0.5);
    expect(parseTypedNumber('-1/5')).toBe(-0.2);
    expect(parseTypedNumber('100,000 / 60,000')).toBeCloseTo(5 / 3, 12);
    expect(parseTypedNumber('- 0.2')).toBe(-0.2);
    expect(parseTypedNumber('０．０９')).toBe(0.09);
    for (const raw of ['1/0', '1/2/3', '/2', '1/']) expect(parseTypedNumber(raw), raw).toBeNull();
  });
  it('never reads a decimal comma as a thousands separator, and says so', () => {
    for (const raw of ['0,090', '0,5', '1,67', '2,30']) {
      expect(parseTypedNumber(raw), raw).toBeNull();
      expect(looksLikeDecimalComma(raw), raw).toBe(true);
    }
    expect(looksLikeDecimalComma('79,520')).toBe(false);
    expect(looksLikeDecimalComma('abc')).toBe(false);
  });
});

describe('feedback aimed at a wrong answer', () => {
  const step = { id: 'step', kind: 'number', answer: -0.2, tolerance: 1e-9, misses: [{ key: 'uphill', value: 0.2, tolerance: 1e-9 }] } as const;
  it('names the slip a typed answer comes from, and nothing for a right or unexplained one', () => {
    expect(misconceptionKey(step, '0.2')).toBe('step.miss.uphill');
    expect(misconceptionKey(step, '+1/5')).toBe('step.miss.uphill');
    expect(misconceptionKey(step, '-0.2')).toBeNull();
    expect(misconceptionKey(step, '7')).toBeNull();
  });
  it('names the reason for each wrong option', () => {
    const choice = { id: 'c', kind: 'choice', options: ['a', 'b'], answer: 'b' } as const;
    expect(misconceptionKey(choice, 'a')).toBe('c.why.a');
    expect(misconceptionKey(choice, 'b')).toBeNull();
  });
});

describe('a typed answer with the working or the unit left in', () => {
  it('reads a product of two numbers', () => {
    for (const raw of ['28×28', '28*28', '28 x 28', '28X28']) expect(parseTypedNumber(raw), raw).toBe(784);
    expect(parseTypedNumber('39,760 × 2')).toBe(79520);
    for (const raw of ['x28', '28×', '2×3×4']) expect(parseTypedNumber(raw), raw).toBeNull();
  });
  it('drops the check’s unit after the number, and nothing else', () => {
    expect(withoutUnit('1.7번', '번')).toBe('1.7');
    expect(withoutUnit(' 784 개 ', '개')).toBe('784');
    expect(withoutUnit('2 times', ' times')).toBe('2');
    expect(withoutUnit('784', '')).toBe('784');
    expect(withoutUnit('번 1.7', '번')).toBe('번 1.7');
  });
});
