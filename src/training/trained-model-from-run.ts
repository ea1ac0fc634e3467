import type { TrainedModel } from '../state/trained-model';
import type { LaneResult } from '../protocol/protocol';
import type { RunSettings } from '../protocol/settings';

/** A finished lane as the plain, JSON-friendly model that the drawing page and export use. */
export function trainedModelFromLane(lane: LaneResult, settings: RunSettings, inputSize: number, iterations: number, trainedAt: Date): TrainedModel {
  return {
    inputSize,
    hiddenSize: settings.hiddenSize,
    outputSize: lane.params.b2.length,
    W1: Array.from(lane.params.W1),
    b1: Array.from(lane.params.b1),
    W2: Array.from(lane.params.W2),
    b2: Array.from(lane.params.b2),
    method: settings.method,
    iterations,
    testAccuracy: lane.testAccuracy,
    trainedAt: trainedAt.toISOString(),
  };
}
