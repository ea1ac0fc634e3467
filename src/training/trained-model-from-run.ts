import type { ModelSource, TrainedModel } from '../state/trained-model';
import type { LaneResult } from '../protocol/protocol';
import type { RunSettings } from '../protocol/settings';

/** A finished lane of the lab as a model for the history (the parameters arrive as the worker's own copies). */
export function trainedModelFromLane(lane: LaneResult, settings: RunSettings, inputSize: number, iterations: number, trainedAt: Date, source: ModelSource = 'lab'): TrainedModel {
  return {
    inputSize,
    hiddenSize: settings.hiddenSize,
    outputSize: lane.params.b2.length,
    W1: lane.params.W1,
    b1: lane.params.b1,
    W2: lane.params.W2,
    b2: lane.params.b2,
    method: settings.method,
    iterations,
    testAccuracy: lane.testAccuracy,
    augmentation: settings.augmentation,
    augmentedAccuracy: lane.augmentedAccuracy,
    source,
    createdAt: trainedAt.toISOString(),
  };
}
