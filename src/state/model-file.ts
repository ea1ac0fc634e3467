/**
 * A model as a JSON file, to carry it to another browser or keep it when storage fails. The file holds
 * the parameters as plain number arrays (JSON prints every float64 exactly) and the history's metadata;
 * files written by the first version (without a name, with `trainedAt`) still load.
 */
import { readTrainedModel, MAX_NAME_LENGTH, modelShape, type ModelField, type TrainedModel } from './trained-model';

export const MODEL_FILE_FORMAT = 'nnlab.two-layer-net';
/** Largest model file accepted: a 784-500-10 model as JSON is about 8 MB. */
export const MAX_MODEL_FILE_BYTES = 20 * 1024 * 1024;

export type ModelFileProblem = { problem: 'too-large' } | { problem: 'not-json' } | { problem: 'invalid'; fields: ModelField[] };

/** The file's text for a model (and its name, when it has one). */
export function modelFileText(model: TrainedModel & { name?: string }): string {
  return JSON.stringify({
    format: MODEL_FILE_FORMAT,
    version: 2,
    name: model.name,
    inputSize: model.inputSize,
    hiddenSize: model.hiddenSize,
    outputSize: model.outputSize,
    method: model.method,
    iterations: model.iterations,
    testAccuracy: model.testAccuracy,
    augmentation: model.augmentation,
    augmentedAccuracy: model.augmentedAccuracy,
    source: model.source,
    createdAt: model.createdAt,
    // Read by the first version of the app.
    trainedAt: model.createdAt,
    W1: Array.from(model.W1),
    b1: Array.from(model.b1),
    W2: Array.from(model.W2),
    b2: Array.from(model.b2),
  });
}

export function modelFileName(model: TrainedModel): string {
  return `two-layer-net-${modelShape(model)}-${model.iterations}.json`;
}

/** Reads a model file's text: the model (marked as imported) and the name it carries, or what is wrong. */
export function readModelFile(text: string): { model: TrainedModel; name: string | null } | ModelFileProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not-json' };
  }
  const read = readTrainedModel(parsed);
  if (!('model' in read)) return { problem: 'invalid', fields: read.invalid };
  const name = (parsed as { name?: unknown }).name;
  return { model: { ...read.model, source: 'import' }, name: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, MAX_NAME_LENGTH) : null };
}

/** Reads a chosen file (refusing one too large to be a model before reading it). */
export async function readModelFromFile(file: Blob): Promise<{ model: TrainedModel; name: string | null } | ModelFileProblem> {
  if (file.size > MAX_MODEL_FILE_BYTES) return { problem: 'too-large' };
  return readModelFile(await file.text());
}

/** Saves a model as a file through the browser's download. */
export function downloadModel(model: TrainedModel & { name?: string }): void {
  const url = URL.createObjectURL(new Blob([modelFileText(model)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = modelFileName(model);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
