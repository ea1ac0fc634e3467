import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from '../storage/safe-storage';

/** A trained TwoLayerNet as the drawing page uses it, with where it came from. */
export interface TrainedModel {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  /** Row-major W1 (inputSize × hiddenSize), b1 (hiddenSize), W2 (hiddenSize × outputSize), b2 (outputSize). */
  W1: number[];
  b1: number[];
  W2: number[];
  b2: number[];
  /** 'naive' | 'incremental' | 'backprop' */
  method: string;
  iterations: number;
  /** Accuracy on the full test set when training ended, 0–1 (null if never evaluated). */
  testAccuracy: number | null;
  /** ISO date of the end of training. */
  trainedAt: string;
}

/** Checks that an unknown value (from storage or an imported file) is a usable TrainedModel. */
export function isTrainedModel(value: unknown): value is TrainedModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const size = (k: string) => Number.isInteger(m[k]) && (m[k] as number) > 0 && (m[k] as number) <= 4096;
  if (!size('inputSize') || !size('hiddenSize') || !size('outputSize')) return false;
  const i = m.inputSize as number;
  const h = m.hiddenSize as number;
  const o = m.outputSize as number;
  const finiteArray = (k: string, n: number) =>
    Array.isArray(m[k]) && (m[k] as unknown[]).length === n && (m[k] as unknown[]).every((v) => typeof v === 'number' && Number.isFinite(v));
  return (
    finiteArray('W1', i * h) && finiteArray('b1', h) && finiteArray('W2', h * o) && finiteArray('b2', o) &&
    typeof m.method === 'string' && Number.isInteger(m.iterations) &&
    (m.testAccuracy === null || (typeof m.testAccuracy === 'number' && m.testAccuracy >= 0 && m.testAccuracy <= 1)) &&
    typeof m.trainedAt === 'string'
  );
}

interface TrainedModelState {
  model: TrainedModel | null;
  setModel: (model: TrainedModel) => void;
  clear: () => void;
}

/** The last trained network, kept across reloads for the drawing page. */
export const useTrainedModel = create<TrainedModelState>()(
  persist(
    (set) => ({
      model: null,
      setModel: (model) => set({ model }),
      clear: () => set({ model: null }),
    }),
    {
      name: 'nnlab.trained-model',
      version: 1,
      storage: safeJsonStorage(),
      partialize: (s) => ({ model: s.model }),
      migrate: () => ({ model: null }),
      merge: (persisted, current) => {
        const model = (persisted as { model?: unknown } | null)?.model;
        return { ...current, model: isTrainedModel(model) ? model : null };
      },
    },
  ),
);
