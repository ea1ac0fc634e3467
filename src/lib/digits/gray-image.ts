/**
 * Greyscale images as the digit pipeline sees them: ink intensity in [0, 1] (0 = paper,
 * 1 = full ink), row-major, pixel (x, y) at data[y · width + x] — MNIST's convention.
 */

/** A width × height image of ink intensities in [0, 1]. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Float64Array;
}

/** An axis-aligned rectangle of whole pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A width × height image, zero-filled or wrapping `data` (length width·height). */
export function grayImage(width: number, height: number, data?: Float64Array): GrayImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`grayImage: size must be positive integers, got ${width} × ${height}`);
  }
  if (data !== undefined && data.length !== width * height) {
    throw new RangeError(`grayImage: data has ${data.length} pixels, ${width} × ${height} needs ${width * height}`);
  }
  return { width, height, data: data ?? new Float64Array(width * height) };
}

/** ink = byte / 255 for an MNIST-style Uint8Array image (offset = first pixel of the image). */
export function fromBytes(bytes: Uint8Array, width: number, height: number, offset = 0): GrayImage {
  const out = grayImage(width, height);
  for (let i = 0; i < out.data.length; i++) out.data[i] = bytes[offset + i] / 255;
  return out;
}

/** ink = alpha / 255 of an RGBA buffer (width·height·4 bytes), for strokes drawn on a transparent canvas. */
export function fromAlpha(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const out = grayImage(width, height);
  for (let i = 0; i < out.data.length; i++) out.data[i] = rgba[4 * i + 3] / 255;
  return out;
}

/** byte = round(255 · ink), clamped: the image as MNIST would store it. */
export function toBytes(image: GrayImage): Uint8Array {
  return Uint8Array.from(image.data, (v) => Math.round(255 * Math.min(1, Math.max(0, v))));
}

/** The smallest box holding every pixel with ink > threshold, or null when there is none. */
export function inkBoundingBox(image: GrayImage, threshold = 0): Box | null {
  let left = image.width;
  let right = -1;
  let top = image.height;
  let bottom = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x] <= threshold) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** The pixels inside `box` as a new image. */
export function crop(image: GrayImage, box: Box): GrayImage {
  const out = grayImage(box.width, box.height);
  for (let y = 0; y < box.height; y++) {
    const from = (box.top + y) * image.width + box.left;
    out.data.set(image.data.subarray(from, from + box.width), y * box.width);
  }
  return out;
}

/**
 * For each of `to` output cells, the source cells it covers and their weights: output cell j spans
 * [j·s, (j+1)·s) with s = from/to, each source cell weighs its overlap / s, so weights sum to 1.
 */
function areaWeights(from: number, to: number): { index: number; weight: number }[][] {
  const s = from / to;
  const cells: { index: number; weight: number }[][] = [];
  for (let j = 0; j < to; j++) {
    const start = j * s;
    const end = (j + 1) * s;
    const cell: { index: number; weight: number }[] = [];
    for (let i = Math.floor(start); i < Math.min(from, Math.ceil(end)); i++) {
      const overlap = Math.min(end, i + 1) - Math.max(start, i);
      if (overlap > 1e-12) cell.push({ index: i, weight: overlap / s });
    }
    cells.push(cell);
  }
  return cells;
}

/**
 * Resizes by area averaging: out(x, y) = mean of the source over the rectangle that output pixel covers
 * (partial pixels weighted by overlap). Shrinking this way anti-aliases; the total ink per area is kept.
 */
export function resizeArea(image: GrayImage, width: number, height: number): GrayImage {
  const columns = areaWeights(image.width, width);
  const rows = areaWeights(image.height, height);
  const wide = new Float64Array(image.height * width);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (const { index, weight } of columns[x]) sum += weight * image.data[y * image.width + index];
      wide[y * width + x] = sum;
    }
  }
  const out = grayImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (const { index, weight } of rows[y]) sum += weight * wide[index * width + x];
      out.data[y * width + x] = sum;
    }
  }
  return out;
}

/** Centre of mass (Σ ink·x / Σ ink, Σ ink·y / Σ ink) in pixel indices, or null for an image without ink. */
export function centreOfMass(image: GrayImage): { x: number; y: number } | null {
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = image.data[y * image.width + x];
      mass += v;
      mx += v * x;
      my += v * y;
    }
  }
  return mass > 0 ? { x: mx / mass, y: my / mass } : null;
}
