/**
 * Seeded pseudo-random numbers, so that the same seed always gives the same weights,
 * the same mini-batches and therefore the same curves.
 */

/** A seeded random source. */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal N(0, 1), like `np.random.randn()`. */
  randn(): number;
  /** `size` integers drawn uniformly from [0, n) with replacement, like `np.random.choice(n, size)`. */
  choice(n: number, size: number): Int32Array;
}

/** Turns any finite number into a 32-bit unsigned seed (negative and fractional seeds are allowed). */
function seedToUint32(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  // Mix the integer and fractional parts so that 1 and 1.5 differ.
  const whole = Math.floor(seed);
  const frac = Math.round((seed - whole) * 2 ** 32);
  let h = (whole ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h ^ frac ^ Math.floor(whole / 2 ** 32)) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Creates a seeded generator (xoshiro128**, state filled by splitmix32).
 * Same seed → same sequence, in Node, the page and the worker alike.
 */
export function createRng(seed: number): Rng {
  let s = seedToUint32(seed);
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };

  // 53 random bits, so every double in [0, 1) on the 2^-53 grid is reachable.
  const uniform = (): number => {
    const hi = nextUint32() >>> 5;
    const lo = nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };

  let spare: number | null = null;
  const randn = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    // Box–Muller; 1 − u keeps the logarithm away from 0.
    const u1 = 1 - uniform();
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };

  const choice = (n: number, size: number): Int32Array => {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`choice: n must be a positive integer, got ${n}`);
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`choice: size must be a non-negative integer, got ${size}`);
    const out = new Int32Array(size);
    for (let i = 0; i < size; i++) out[i] = Math.floor(uniform() * n);
    return out;
  };

  return { uniform, randn, choice };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** The largest seed the lessons offer (2³¹ − 1): every seed field and link shares this bound. */
export const MAX_SEED = 2 ** 31 - 1;
