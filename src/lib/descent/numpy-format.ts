/**
 * Prints numbers the way NumPy's `print(array)` does with default options (precision 8,
 * floatmode 'maxprec', no small-number suppression), so results can be compared with the notes.
 */

const PRECISION = 8;

interface Parts {
  int: string;
  frac: string;
  exp: string;
}

/** Shortest round-trip digits, cut to at most PRECISION fraction digits, trailing zeros dropped. */
function scientificParts(x: number): Parts {
  const shortest = Math.abs(x).toExponential();
  const fracDigits = (shortest.split('e')[0].split('.')[1] ?? '').length;
  const text = fracDigits > PRECISION ? Math.abs(x).toExponential(PRECISION) : shortest;
  const [mantissa, exp] = text.split('e');
  const [int, frac = ''] = mantissa.split('.');
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return { int: sign + int, frac: frac.replace(/0+$/, ''), exp };
}

function positionalParts(x: number): Parts {
  const abs = Math.abs(x);
  const shortest = String(abs);
  const fracDigits = (shortest.split('.')[1] ?? '').length;
  const text = fracDigits > PRECISION || shortest.includes('e') ? abs.toFixed(PRECISION) : shortest;
  const [int, frac = ''] = text.split('.');
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return { int: sign + int, frac: frac.replace(/0+$/, ''), exp: '' };
}

/** NumPy switches to e-notation when max|x| ≥ 1e8, min|x| < 1e−4, or max/min > 1e3 (nonzero finite x). */
export function usesScientific(values: ArrayLike<number>): boolean {
  const abs = Array.from(values).filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs);
  if (abs.length === 0) return false;
  const max = Math.max(...abs);
  const min = Math.min(...abs);
  return max >= 1e8 || min < 1e-4 || max / min > 1e3;
}

/** The elements of a 1-D array as NumPy pads them: same fraction width, int parts right-aligned. */
export function formatElements(values: ArrayLike<number>): string[] {
  const all = Array.from(values);
  const finite = all.filter(Number.isFinite);
  const scientific = usesScientific(all);
  const parts = finite.map(scientific ? scientificParts : positionalParts);
  const fracWidth = parts.length ? Math.max(...parts.map((p) => p.frac.length)) : 0;
  const expWidth = parts.length ? Math.max(...parts.map((p) => p.exp.replace(/^[+-]/, '').length), 2) : 0;
  let padLeft = parts.length ? Math.max(...parts.map((p) => p.int.length)) : 0;
  const padRight = scientific ? fracWidth + expWidth + 2 : fracWidth;
  if (finite.length !== all.length) {
    const negInf = all.some((v) => v === -Infinity) ? 1 : 0;
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + negInf - offset);
  }
  let next = 0;
  return all.map((v) => {
    if (!Number.isFinite(v)) {
      const word = Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf';
      return word.padStart(padLeft + padRight + 1);
    }
    const p = parts[next++];
    // e-notation pads the digits with zeros, plain notation pads with spaces (NumPy's pad_right).
    const body = `${p.int.padStart(padLeft)}.${p.frac.padEnd(fracWidth, scientific ? '0' : ' ')}`;
    if (!scientific) return body;
    const expSign = p.exp.startsWith('-') ? '-' : '+';
    return `${body}e${expSign}${p.exp.replace(/^[+-]/, '').padStart(expWidth, '0')}`;
  });
}

/** str(np.array(values)) for a 1-D float64 array: "[-6.11110793e-10  8.14814391e-10]". */
export function formatNumpyArray(values: ArrayLike<number>): string {
  return `[${formatElements(values).join(' ')}]`;
}

/** str(np.array(...)) for a rows × cols float64 array (row-major): one width for every element, as NumPy pads. */
export function formatNumpyMatrix(values: ArrayLike<number>, rows: number, cols: number): string {
  const cells = formatElements(values);
  const lines = Array.from({ length: rows }, (_, r) => `[${cells.slice(r * cols, (r + 1) * cols).join(' ')}]`);
  return `[${lines.join('\n ')}]`;
}
