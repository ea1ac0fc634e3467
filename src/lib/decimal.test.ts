import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads decimal notation, with exponents and a typographic minus', () => {
    expect(parseDecimal('0.1')).toBe(0.1);
    expect(parseDecimal(' 16 ')).toBe(16);
    expect(parseDecimal('1e-10')).toBe(1e-10);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('3.')).toBe(3);
    expect(parseDecimal('−2.5')).toBe(-2.5);
    expect(parseDecimal('+7E2')).toBe(700);
  });
  it('refuses what Number() reads but a person does not mean as a decimal number', () => {
    for (const text of ['0x10', '0b11', '0o7', 'Infinity', '-Infinity', '', '  ', '1_000', '1,5', '1e', 'e5', '.', '--1', 'NaN']) expect(parseDecimal(text)).toBeNaN();
  });
});
