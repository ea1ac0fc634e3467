/** The notes' example: a softmax-like prediction over 10 digits whose true class is 2. */
export const NOTES_PREDICTION: readonly number[] = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
export const NOTES_TRUE_CLASS = 2;
export const CLASSES = 10;
