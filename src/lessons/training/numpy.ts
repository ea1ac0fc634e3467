import type { NumpySnippet } from '../../components/numpy-snippet';

/** TwoLayerNet's shapes for hidden = 100 (In [77]) and its first loss with the row and the notes' softmax. */
export const twoLayerNet: NumpySnippet = {
  cell: '77',
  code: String.raw`import numpy as np

def softmax_rows(a):                # each image's scores normalised on their own
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

def softmax_whole_batch(a):         # the notes' softmax(a2), with no axis
    e = np.exp(a - a.max())
    return e / e.sum()

D, H, K, N = 784, 100, 10, 100
params = {'W1': np.zeros((D, H)), 'b1': np.zeros(H), 'W2': np.zeros((H, K)), 'b2': np.zeros(K)}
for name, value in params.items():
    print(name, value.shape)
x = np.linspace(0, 1, N * D).reshape(N, D)   # any batch: with W2 = 0 every score is 0
t = np.arange(N) % K
a2 = np.maximum(0, x @ params['W1'] + params['b1']) @ params['W2'] + params['b2']
for softmax in (softmax_rows, softmax_whole_batch):
    y = softmax(a2)
    print(softmax.__name__, f"{-np.sum(np.log(y[np.arange(N), t] + 1e-7)) / N:.10f}")`,
  output: 'W1 (784, 100)\nb1 (100,)\nW2 (100, 10)\nb2 (10,)\nsoftmax_rows 2.3025840930\nsoftmax_whole_batch 6.9076552840',
};

/** The tiny network of the incremental snippet: D = 4 pixels, H = 3 hidden units, K = 2 classes, N = 3 rows. */
export const TINY_NET = {
  W1: [[0.1, -0.2, 0.3], [0.0, 0.4, -0.1], [0.2, 0.1, 0.0], [-0.3, 0.2, 0.1]],
  b1: [0.01, 0.0, -0.02],
  W2: [[0.2, -0.1], [0.3, 0.1], [-0.2, 0.4]],
  b2: [0.0, 0.05],
  x: [[1.0, 0.0, 0.5, 0.0], [0.0, 0.0, 1.0, 1.0], [0.2, 0.8, 0.0, 0.0]],
  t: [0, 1, 1],
};

/** One central difference, over all rows and over the rows the weight touches. */
export const incremental: NumpySnippet = {
  code: String.raw`import numpy as np

W1 = np.array([[0.1, -0.2, 0.3], [0.0, 0.4, -0.1], [0.2, 0.1, 0.0], [-0.3, 0.2, 0.1]])
b1 = np.array([0.01, 0.0, -0.02])
W2 = np.array([[0.2, -0.1], [0.3, 0.1], [-0.2, 0.4]])
b2 = np.array([0.0, 0.05])
x = np.array([[1.0, 0.0, 0.5, 0.0], [0.0, 0.0, 1.0, 1.0], [0.2, 0.8, 0.0, 0.0]])  # N = 3 rows, D = 4 pixels
t = np.array([0, 1, 1])

def row_losses(W1):
    a2 = np.maximum(0, x @ W1 + b1) @ W2 + b2
    e = np.exp(a2 - a2.max(axis=1, keepdims=True))
    y = e / e.sum(axis=1, keepdims=True)
    return -np.log(y[np.arange(len(t)), t] + 1e-7)   # one loss per row; L is their mean

h, i, j = 1e-4, 1, 1            # the weight W1[1, 1]: pixel 1 into hidden unit 1
plus, minus = W1.copy(), W1.copy()
plus[i, j] += h
minus[i, j] -= h
naive = (row_losses(plus).mean() - row_losses(minus).mean()) / (2 * h)
touched = x[:, i] != 0          # only rows where pixel 1 is lit can change
print(touched)
# The app recomputes just these rows from a cached forward pass; the others cancel out.
incremental = (row_losses(plus)[touched] - row_losses(minus)[touched]).sum() / len(t) / (2 * h)
print(f"{naive:.10f} {incremental:.10f}")`,
  output: '[False False  True]\n0.0268666575 0.0268666575',
};

/** When the training loop evaluates the full sets. */
export const session: NumpySnippet = {
  cell: '',
  code: String.raw`train_size, batch_size, iters_num = 300, 20, 40   # a small run, to see the schedule
iter_per_epoch = max(train_size / batch_size, 1)  # 15.0, computed as the notes do
for i in range(iters_num):
    # ... draw a batch, compute the gradient, update W1, b1, W2, b2, record the loss ...
    if i % iter_per_epoch == 0:                   # the notes' 60000 / 100 = 600: i = 0 and 600 only
        print(f"i = {i}: epoch {int(i // iter_per_epoch)}, accuracy on the full train and test sets")`,
  output: 'i = 0: epoch 0, accuracy on the full train and test sets\ni = 15: epoch 1, accuracy on the full train and test sets\ni = 30: epoch 2, accuracy on the full train and test sets',
};
