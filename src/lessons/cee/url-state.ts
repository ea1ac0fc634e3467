import { isDistribution } from '../../lib/distribution';
import { boolParam, intParam, numberListParam, type Param } from '../../state/url-state';
import { CLASSES, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';

const probabilities = numberListParam(NOTES_PREDICTION, { min: 0, max: 1, minLength: CLASSES, maxLength: CLASSES });

/** Like the list of numbers, but a link whose ŷ does not sum to 1 is refused rather than silently fixed. */
const distributionParam: Param<number[]> = {
  ...probabilities,
  parse: (raw) => {
    const values = probabilities.parse(raw);
    return values && isDistribution(values) ? values : undefined;
  },
};

/** What a link to the CEE page carries: the predicted distribution ŷ, the true class and whether δ is added. */
export const ceeUrlTable = {
  y: distributionParam,
  t: intParam(NOTES_TRUE_CLASS, 0, CLASSES - 1),
  delta: boolParam(true),
};
