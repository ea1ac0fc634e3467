import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { IdxError } from '../mnist/idx';
import { DIGIT_PIXELS, digitKey, digitsFromCsv, digitsFromIdx, digitsToCsv, digitsToIdx, newDigits, type LabelledDigit } from './digit-files';

function someDigits(count: number, seed: number): LabelledDigit[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, n) => ({ label: n % 10, pixels: Uint8Array.from({ length: DIGIT_PIXELS }, () => (rng.uniform() < 0.8 ? 0 : Math.floor(256 * rng.uniform()))) }));
}

const same = (a: LabelledDigit[], b: LabelledDigit[]) => a.length === b.length && a.every((d, n) => d.label === b[n].label && Buffer.from(d.pixels).equals(Buffer.from(b[n].pixels)));

describe('digit set files', () => {
  it('round-trip exactly through CSV, with a header line and 785 values per digit', () => {
    const digits = someDigits(25, 1);
    const csv = digitsToCsv(digits);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(26);
    expect(lines[0].startsWith('label,pixel0,pixel1,')).toBe(true);
    expect(lines[0].endsWith(',pixel783')).toBe(true);
    expect(lines[1].split(',')).toHaveLength(785);
    const read = digitsFromCsv(csv);
    expect('digits' in read && same(read.digits, digits)).toBe(true);
  });

  it('read CSV without a header, with Windows line ends and blank lines', () => {
    const digits = someDigits(3, 2);
    const body = digitsToCsv(digits).split('\n').slice(1).join('\r\n\r\n');
    const read = digitsFromCsv(body);
    expect('digits' in read && same(read.digits, digits)).toBe(true);
  });

  it('name the line and column of a bad CSV value', () => {
    const good = digitsToCsv(someDigits(3, 3)).split('\n');
    const cells = good[2].split(',');
    cells[10] = '256';
    expect(digitsFromCsv([good[0], good[1], cells.join(',')].join('\n'))).toEqual({ problem: 'value', line: 3, column: 11, text: '256' });
    cells[10] = '1.5';
    expect(digitsFromCsv([good[1], cells.join(',')].join('\n'))).toEqual({ problem: 'value', line: 2, column: 11, text: '1.5' });
    expect(digitsFromCsv(`${good[0]}\n1,2,3`)).toEqual({ problem: 'columns', line: 2, found: 3 });
    expect(digitsFromCsv(`${good[0]}\n12${good[1].slice(1)}`)).toEqual({ problem: 'label', line: 2, text: '12' });
    expect(digitsFromCsv('')).toEqual({ problem: 'empty' });
    expect(digitsFromCsv(good[0])).toEqual({ problem: 'empty' });
    expect(digitsFromCsv('<html>not a csv</html>')).toEqual({ problem: 'empty' });
  });

  it('round-trip exactly through MNIST’s IDX pair', () => {
    const digits = someDigits(12, 4);
    const { images, labels } = digitsToIdx(digits);
    expect(Array.from(images.subarray(0, 16))).toEqual([0, 0, 8, 3, 0, 0, 0, 12, 0, 0, 0, 28, 0, 0, 0, 28]);
    expect(Array.from(labels.subarray(0, 8))).toEqual([0, 0, 8, 1, 0, 0, 0, 12]);
    expect(images.length).toBe(16 + 12 * 784);
    expect(same(digitsFromIdx(images, labels), digits)).toBe(true);
    expect(() => digitsFromIdx(labels, images)).toThrow(IdxError);
    expect(() => digitsFromIdx(images, labels.subarray(0, 12))).toThrow(IdxError);
  });

  it('recognise the same digit from several files as one, but keep a different label or pixel', () => {
    const mine = someDigits(5, 5);
    const copy = mine.map((d) => ({ label: d.label, pixels: d.pixels.slice() }));
    const other = { label: mine[0].label, pixels: mine[0].pixels.slice() };
    other.pixels[400] ^= 1;
    const relabelled = { label: (mine[1].label + 1) % 10, pixels: mine[1].pixels.slice() };
    const { added, duplicates } = newDigits(mine, [...copy, other, relabelled, { ...other }]);
    expect(duplicates).toBe(6);
    expect(added).toEqual([other, relabelled]);
    expect(digitKey(mine[2])).toBe(digitKey(copy[2]));
    expect(digitKey(other)).not.toBe(digitKey(mine[0]));
  });
});
