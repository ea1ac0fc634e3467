/**
 * An MNIST-format image set as it sits in memory: one Uint8Array of count·rows·cols pixels
 * (0 = background, 255 = ink), never expanded to floats — normalising to [0, 1] happens per batch.
 */
export interface ImageSet {
  count: number;
  rows: number;
  cols: number;
  /** Pixel (n, r, c) is images[n·rows·cols + r·cols + c]. */
  images: Uint8Array;
  /** Class of image n, 0–9. */
  labels: Uint8Array;
}

/** The training and test sets, like the notes' (x_train, y_train), (x_test, y_test). */
export interface Dataset {
  /** Where the data came from, e.g. "MNIST" or a user's file names. */
  name: string;
  train: ImageSet;
  test: ImageSet;
}
