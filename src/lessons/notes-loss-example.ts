/** The notes' example: a softmax-like prediction over 10 digits whose true class is 2. */
export const NOTES_PREDICTION: readonly number[] = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
export const NOTES_TRUE_CLASS = 2;
export const CLASSES = 10;
/** What the notes print for that example: print(mean_squared_error(y, x)) and print(cross_entropy_error(y_pred, y_true)). */
export const NOTES_MSE_PRINTED = '0.019500000000000007';
export const NOTES_CEE_PRINTED = '0.510825457099338';
