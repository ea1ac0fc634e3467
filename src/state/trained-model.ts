/**
 * A trained two-layer network as the app keeps it: its parameters (Float64Array, exact) and where it
 * came from. One validator serves storage, imported files and the training run, so a model that the
 * page can hold is always one it can use: finite weights small enough that no forward pass overflows,
 * and metadata that prints as a number or a date.
 */

export type ModelSource = 'lab' | 'drawing' | 'import';

export const MODEL_SOURCES: readonly ModelSource[] = ['lab', 'drawing', 'import'];

/** A network and how it was made, before it has an id and a name in the history. */
export interface TrainedModel {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  /** Row-major W1 (inputSize × hiddenSize), b1 (hiddenSize), W2 (hiddenSize × outputSize), b2 (outputSize). */
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
  /** 'naive' | 'incremental' | 'backprop' for the lab's runs; free text for imported files. */
  method: string;
  iterations: number;
  /** Accuracy on the full test set when training ended, 0–1 (null if never measured). */
  testAccuracy: number | null;
  /** Whether training distorted the images (shift, rotation…), and the accuracy on distorted test images. */
  augmentation: boolean;
  augmentedAccuracy: number | null;
  source: ModelSource;
  /** ISO date of the end of training (or of the import, when the file does not say). */
  createdAt: string;
}

/** A model in the history: the network plus its id, its user-given name and when it was last chosen. */
export interface ModelRecord extends TrainedModel {
  id: string;
  name: string;
  /** When it last became the model in use (ms since 1970), or null if never: the latest one is in use. */
  usedAt: number | null;
}

/** Largest layer accepted; the lab trains at most 500 hidden units. */
export const MAX_LAYER = 4096;
/**
 * Largest weight magnitude accepted. With inputs in [0, 1] and layers of at most MAX_LAYER units, every
 * hidden value and logit then stays below about 1e19, so a forward pass can never overflow to ∞ or NaN.
 */
export const MAX_WEIGHT = 1e6;
export const MAX_ITERATIONS = 10_000_000;
export const MAX_NAME_LENGTH = 80;

/** Which fields of a candidate model are unusable, by name (empty when it is a usable model). */
export type ModelField = keyof ModelRecord;

const isSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_LAYER;
const isRatio = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 1);

/** A Float64Array copy of `value` if it is `length` finite numbers within ±MAX_WEIGHT (an array or typed array). */
export function weightArray(value: unknown, length: number): Float64Array | null {
  if (!(Array.isArray(value) || value instanceof Float64Array || value instanceof Float32Array)) return null;
  if (value.length !== length) return null;
  const out = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    const v: unknown = value[k];
    if (typeof v !== 'number' || !(Math.abs(v) <= MAX_WEIGHT)) return null;
    out[k] = v;
  }
  return out;
}

/** Whether `value` is an ISO-8601 date string that a Date reads (so it never prints "Invalid Date"). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  return Number.isFinite(new Date(value).getTime());
}

/**
 * Reads a TrainedModel out of unknown data (a stored record or a parsed file), copying the weights into
 * Float64Arrays. Returns the model, or the names of the fields that are missing or out of range.
 */
export function readTrainedModel(value: unknown): { model: TrainedModel } | { invalid: ModelField[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { invalid: ['W1'] };
  const m = value as Record<string, unknown>;
  const invalid: ModelField[] = [];
  const sizes = (['inputSize', 'hiddenSize', 'outputSize'] as const).filter((k) => !isSize(m[k]));
  invalid.push(...sizes);
  const [i, h, o] = [m.inputSize, m.hiddenSize, m.outputSize].map((v) => (isSize(v) ? v : 0));
  const W1 = weightArray(m.W1, i * h);
  const b1 = weightArray(m.b1, h);
  const W2 = weightArray(m.W2, h * o);
  const b2 = weightArray(m.b2, o);
  if (sizes.length === 0) {
    if (!W1) invalid.push('W1');
    if (!b1) invalid.push('b1');
    if (!W2) invalid.push('W2');
    if (!b2) invalid.push('b2');
  }
  if (typeof m.method !== 'string' || m.method.length === 0 || m.method.length > 40) invalid.push('method');
  if (!(Number.isInteger(m.iterations) && (m.iterations as number) >= 0 && (m.iterations as number) <= MAX_ITERATIONS)) invalid.push('iterations');
  if (!isRatio(m.testAccuracy)) invalid.push('testAccuracy');
  if (m.augmentation !== undefined && typeof m.augmentation !== 'boolean') invalid.push('augmentation');
  if (m.augmentedAccuracy !== undefined && !isRatio(m.augmentedAccuracy)) invalid.push('augmentedAccuracy');
  if (m.source !== undefined && !MODEL_SOURCES.includes(m.source as ModelSource)) invalid.push('source');
  // Files of the first version carry the date as trainedAt.
  const createdAt = m.createdAt ?? m.trainedAt;
  if (!isIsoDate(createdAt)) invalid.push('createdAt');
  if (invalid.length > 0 || !W1 || !b1 || !W2 || !b2) return { invalid };
  return {
    model: {
      inputSize: i, hiddenSize: h, outputSize: o, W1, b1, W2, b2,
      method: m.method as string,
      iterations: m.iterations as number,
      testAccuracy: m.testAccuracy as number | null,
      augmentation: m.augmentation === true,
      augmentedAccuracy: (m.augmentedAccuracy as number | null | undefined) ?? null,
      source: (m.source as ModelSource | undefined) ?? 'lab',
      createdAt: createdAt as string,
    },
  };
}

/** Whether unknown data is a usable model (the checks of readTrainedModel). */
export function isTrainedModel(value: unknown): boolean {
  return 'model' in readTrainedModel(value);
}

/** Reads a stored history entry: a usable model with an id, a name and its in-use time; null otherwise. */
export function readModelRecord(value: unknown): ModelRecord | null {
  const read = readTrainedModel(value);
  if (!('model' in read)) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0 || typeof r.name !== 'string') return null;
  const usedAt = typeof r.usedAt === 'number' && Number.isFinite(r.usedAt) ? r.usedAt : null;
  return { ...read.model, id: r.id, name: r.name.slice(0, MAX_NAME_LENGTH), usedAt };
}

/** "784-50-10": the layer sizes of a model. */
export function modelShape(model: Pick<TrainedModel, 'inputSize' | 'hiddenSize' | 'outputSize'>): string {
  return `${model.inputSize}-${model.hiddenSize}-${model.outputSize}`;
}

/** "784-50-10 · backprop · 1000": a name that says what the model is, in any language. */
export function defaultName(model: Pick<TrainedModel, 'inputSize' | 'hiddenSize' | 'outputSize' | 'method' | 'iterations'>): string {
  return `${modelShape(model)} · ${model.method} · ${model.iterations}`;
}
