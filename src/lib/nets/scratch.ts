/**
 * Typed arrays kept from one call to the next under a name, for computations that a training loop
 * repeats every iteration. A browser backs every fresh array of more than a few kilobytes with fresh
 * pages and takes a page fault on the first touch of each 4 kB: about 200 faults per iteration of the
 * notes' run, half a second over its 1000 iterations. Arrays kept here are paid for once.
 */
export class Scratch {
  private readonly float64Arrays = new Map<string, Float64Array>();
  private readonly int32Arrays = new Map<string, Int32Array>();

  /** `length` zeros, like new Float64Array(length); valid until the next request for `name`. */
  float64(name: string, length: number): Float64Array {
    return lend(this.float64Arrays, name, length, (n) => new Float64Array(n));
  }

  /** `length` zeros, like new Int32Array(length); valid until the next request for `name`. */
  int32(name: string, length: number): Int32Array {
    return lend(this.int32Arrays, name, length, (n) => new Int32Array(n));
  }
}

function lend<T extends Float64Array | Int32Array>(kept: Map<string, T>, name: string, length: number, create: (length: number) => T): T {
  const array = kept.get(name);
  if (array === undefined || array.length < length) {
    // Fresh arrays are zeros already; a kept one that is too short is replaced.
    const fresh = create(length);
    kept.set(name, fresh);
    return fresh;
  }
  const view = array.subarray(0, length) as T;
  view.fill(0);
  return view;
}

/** `length` zeros: from `scratch` under `name` when there is one, else a fresh array. */
export function float64Array(scratch: Scratch | undefined, name: string, length: number): Float64Array {
  return scratch ? scratch.float64(name, length) : new Float64Array(length);
}

/** `length` zeros: from `scratch` under `name` when there is one, else a fresh array. */
export function int32Array(scratch: Scratch | undefined, name: string, length: number): Int32Array {
  return scratch ? scratch.int32(name, length) : new Int32Array(length);
}
