import { enumParam } from '../../state/url-state';
import { STEP_IDS, type StepId } from './steps';

/** What a link to the introduction carries: the step of the loop that is opened. */
export const introUrlTable = {
  step: enumParam<StepId>('minibatch', STEP_IDS),
};
