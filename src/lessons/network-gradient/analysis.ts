import { matrix, type Matrix } from '../../lib/matrix';
import { maxAbsDifference, SimpleNet } from '../../lib/nets/simple-net';

/** Everything the page shows about one (W, x, t). */
export interface NetworkAnalysis {
  net: SimpleNet;
  scores: Float64Array;
  probabilities: Float64Array;
  predictedClass: number;
  loss: number;
  numericalGradient: Matrix;
  analyticGradient: Matrix;
  maxDifference: number;
}

/** Runs simpleNet forward and both gradients for W given row-major as 2×3 numbers. */
export function analyse(w: readonly number[], x: readonly number[], t: number): NetworkAnalysis {
  const net = new SimpleNet(matrix(2, 3, w));
  const numericalGradient = net.numericalGradient(x, t);
  const analyticGradient = net.analyticGradient(x, t);
  return {
    net,
    scores: net.predict(x),
    probabilities: net.probabilities(x),
    predictedClass: net.predictedClass(x),
    loss: net.loss(x, t),
    numericalGradient,
    analyticGradient,
    maxDifference: maxAbsDifference(numericalGradient, analyticGradient),
  };
}
