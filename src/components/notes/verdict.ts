/**
 * Whether the app reproduces a cell of the notes, decided from numbers, never declared: the notes'
 * printout is read back into numbers, and each must equal the app's to the digits the notes show.
 */
export type Verdict = 'match' | 'bug' | 'differs';

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** The numbers in a printout, with the size of one unit in the last digit shown ("8.1e-10" → 1e-11). */
export function printedNumbers(printed: string): { value: number; unit: number }[] {
  return Array.from(printed.matchAll(NUMBER), ([token]) => {
    const [mantissa, exponent = '0'] = token.toLowerCase().split('e');
    const decimals = (mantissa.split('.')[1] ?? '').length;
    return { value: Number(token), unit: 10 ** (Number(exponent) - decimals) };
  });
}

/**
 * True when `values` are the printout's numbers, in order, each within half a unit of the last digit
 * shown (a correctly rounded print of the same double), so "(784, 100)" needs exactly 784 and 100.
 * A wider `tolerance` is for cells whose inputs the notes themselves print rounded (their W to 8
 * decimals), where the app cannot know the digits they did not print.
 */
export function matchesPrintout(printed: string, values: ArrayLike<number>, tolerance = 0): boolean {
  const numbers = printedNumbers(printed);
  if (numbers.length !== values.length) return false;
  return numbers.every(({ value, unit }, k) => Math.abs(values[k] - value) <= Math.max(unit / 2 + (Number.EPSILON / 2) * Math.abs(value), tolerance));
}

/**
 * 'match' when the app prints what the notes print; 'bug' when it does not but the app's replay of
 * the notes' own (mistaken) code does, so the difference is the notes' bug; 'differs' otherwise.
 */
export function notesVerdict(printed: string, values: ArrayLike<number>, replayed?: ArrayLike<number>, tolerance = 0): Verdict {
  if (matchesPrintout(printed, values, tolerance)) return 'match';
  return replayed !== undefined && matchesPrintout(printed, replayed, tolerance) ? 'bug' : 'differs';
}
