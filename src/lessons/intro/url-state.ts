import { enumParam, linkedAs } from '../../state/url-state';
import { STEP_IDS, type StepId } from './steps';

/**
 * What a link to the introduction carries: the step of the loop that is opened. Its name in the link
 * is `loop` because `step` belongs to presenter mode, which counts the revealed sections with it.
 */
export const introUrlTable = {
  step: linkedAs('loop', enumParam<StepId>('minibatch', STEP_IDS)),
};
