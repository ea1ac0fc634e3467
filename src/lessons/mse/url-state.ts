import { boolParam, intParam, numberListParam } from '../../state/url-state';
import { CLASSES, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';

/** What a link to the MSE page carries: the prediction ŷ, the true class and the precision shown. */
export const mseUrlTable = {
  y: numberListParam(NOTES_PREDICTION, { min: 0, max: 1, minLength: CLASSES, maxLength: CLASSES }),
  t: intParam(NOTES_TRUE_CLASS, 0, CLASSES - 1),
  full: boolParam(false),
};
