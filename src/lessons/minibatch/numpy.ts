import type { NumpySnippet } from '../../components/numpy-snippet';

/** Reading the IDX header by hand, as parseIdx does. */
export const idx: NumpySnippet = {
  cell: '27',
  code: String.raw`import gzip
import numpy as np

# The images file this app downloads (MNIST's train-images-idx3-ubyte, gzipped).
with gzip.open('train-images.idx3.gz', 'rb') as f:
    raw = f.read()
assert raw[0] == raw[1] == 0 and raw[2] == 0x08  # two zero bytes, then 0x08: unsigned bytes
rank = raw[3]                                    # how many dimensions: 3
dims = [int.from_bytes(raw[4 + 4 * d:8 + 4 * d], 'big') for d in range(rank)]
x_train = np.frombuffer(raw, np.uint8, offset=4 + 4 * rank).reshape(dims)
print("x_train.shape =", x_train.shape)
print(x_train.dtype, x_train.nbytes)`,
  output: 'x_train.shape = (60000, 28, 28)\nuint8 47040000',
};

/** Drawing a batch with replacement; NumPy's generator is not the app's, so only the shapes carry over. */
export const sample: NumpySnippet = {
  cell: '30',
  code: String.raw`import numpy as np

# x_train, y_train: loaded as in the code under the shapes table.
# NumPy's generator is not this app's, so the indices differ; the shapes do not.
rng = np.random.default_rng(42)
batch_mask = rng.choice(60000, 10)     # 10 indices in [0, 60000), with replacement
x_batch = x_train[batch_mask]
y_batch = y_train[batch_mask]
print("x_batch.shape =", x_batch.shape)
print("y_batch.shape =", y_batch.shape)
print(np.bincount(y_batch, minlength=10).sum())  # the class counts add up to N`,
  output: 'x_batch.shape = (10, 28, 28)\ny_batch.shape = (10,)\n10',
};

/** The labels of MNIST's first ten training images, used by the batch CEE snippets. */
export const FIRST_TEN_LABELS = [5, 0, 4, 1, 9, 2, 1, 3, 1, 4];

/** The batch CEE with one-hot targets and with labels, for the widget's "right" predictor at c = 0.7. */
export const batchCee: NumpySnippet = {
  cell: '64',
  code: String.raw`import numpy as np

delta = 1e-7
t = np.array([5, 0, 4, 1, 9, 2, 1, 3, 1, 4])  # labels of a batch: MNIST's first ten
N, K, c = t.size, 10, 0.7
y_hat = np.full((N, K), (1 - c) / (K - 1))    # the "right" predictor: c on the true class
y_hat[np.arange(N), t] = c
y = np.eye(K)[t]                              # the same labels as one-hot rows
print(f"{-np.sum(y * np.log(y_hat + delta)) / N:.10f}")               # one-hot targets
print(f"{-np.sum(np.log(y_hat[np.arange(N), t] + delta)) / N:.10f}")  # labels: the same`,
  output: '0.3566748011\n0.3566748011',
};

/** The notes' mix-up: one-hot rows handed to the label formula. */
export const mixup: NumpySnippet = {
  cell: '64',
  code: String.raw`import numpy as np

delta = 1e-7
t = np.array([5, 0, 4, 1, 9, 2, 1, 3, 1, 4])  # N = 10 labels, as above
N, K, c = t.size, 10, 0.7
y_hat = np.full((N, K), (1 - c) / (K - 1))
y_hat[np.arange(N), t] = c
t_onehot = np.eye(K, dtype=int)[t]
# The label formula handed one-hot rows: arange(N) broadcasts against the N × K matrix, so
# term (i, j) is y_hat[j, t_onehot[i, j]]. It runs only because N = K; otherwise IndexError.
print(f"{-np.sum(np.log(y_hat[np.arange(N), t_onehot] + delta)) / N:.10f}")
print(f"{-np.sum(np.log(y_hat[np.arange(N), t] + delta)) / N:.10f}")  # the labels it expects`,
  output: '31.5763281522\n0.3566748011',
};
