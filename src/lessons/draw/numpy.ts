import type { NumpySnippet } from '../../components/numpy-snippet';

/** Cropping, scaling and centring a drawn block, as preprocessDigit does. */
export const preprocess: NumpySnippet = {
  code: String.raw`import numpy as np

image = np.zeros((30, 40))
image[5:25, 12:22] = 1.0                        # a drawn stroke: 10 wide, 20 high
rows, cols = np.nonzero(image > 0.02)           # where the ink is
crop = image[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
scale = 20 / max(crop.shape)                    # the longer side becomes 20 pixels
height, width = (max(1, int(np.floor(side * scale + 0.5))) for side in crop.shape)
print("ink box at", (int(rows.min()), int(cols.min())), "size", crop.shape, "→ scaled", (height, width))
# An even block keeps its centre of mass in the middle: ((height − 1) / 2, (width − 1) / 2).
# It lands within half a pixel of (14, 14), like every MNIST digit.
com_y, com_x = (height - 1) / 2, (width - 1) / 2
top, left = (int(np.floor(14 - c + 0.5)) for c in (com_y, com_x))  # rounded half up, as the app does
print("pasted at", (top, left), "so the centre of mass lands at", (top + com_y, left + com_x))`,
  output: 'ink box at (5, 12) size (20, 10) → scaled (20, 10)\npasted at (5, 10) so the centre of mass lands at (14.5, 14.5)',
};

/** One image through a tiny two-layer network, as forwardDigit runs a drawing through the trained one. */
export const forward: NumpySnippet = {
  code: String.raw`import numpy as np

W1 = np.array([[0.1, -0.2, 0.3], [0.0, 0.4, -0.1], [0.2, 0.1, 0.0], [-0.3, 0.2, 0.1]])  # 4 pixels → 3 hidden
b1 = np.array([0.01, 0.0, -0.02])
W2 = np.array([[0.2, -0.1], [0.3, 0.1], [-0.2, 0.4]])                                  # 3 hidden → 2 classes
b2 = np.array([0.0, 0.05])
x = np.array([1.0, 0.0, 0.5, 0.0])              # one image, flattened

z1 = np.maximum(0, x @ W1 + b1)                 # hidden activations (ReLU)
a2 = z1 @ W2 + b2                               # scores
y = np.exp(a2 - a2.max()) / np.exp(a2 - a2.max()).sum()  # probabilities
print(z1)
print(a2)
print(y, np.argmax(y))`,
  output: '[0.21 0.   0.28]\n[-0.014  0.141]\n[0.46132739 0.53867261] 1',
};

/** The drawn block of the preprocess snippet: rows 5–24, columns 12–21 of a 40 × 30 image. */
export const BLOCK = { width: 40, height: 30, top: 5, bottom: 25, left: 12, right: 22 };
