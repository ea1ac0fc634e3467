import { boolParam, intParam } from '../../state/url-state';

/** No test digit on the pad. */
export const NO_DIGIT = -1;
/** MNIST's last test image. */
export const LAST_TEST_DIGIT = 9999;

/** What a link to the drawing lab carries: an MNIST test image to start from, and whether hidden activations show. */
export const drawUrlTable = {
  digit: intParam(NO_DIGIT, NO_DIGIT, LAST_TEST_DIGIT),
  hidden: boolParam(false),
};

export type DrawUrlState = { [K in keyof typeof drawUrlTable]: (typeof drawUrlTable)[K]['default'] };
