import type { NumpySnippet } from '../../components/numpy-snippet';

/** simpleNet at the notes' W, x and t: scores, predicted class, loss and ∂L/∂W by central differences. */
export const simpleNet: NumpySnippet = {
  cell: '75',
  code: String.raw`import numpy as np

W = np.array([[-0.32688493, 0.66694564, -0.33586083],
              [0.84330568, -0.52344912, -0.53677751]])  # the notes' W, as In [71] prints it
x = np.array([0.6, 0.9])
t = np.array([0, 0, 1])                                 # one-hot: the true class is 2

def loss(W):
    a = x @ W                              # scores (logits), not probabilities
    e = np.exp(a - a.max())                # shifted so that exp cannot overflow
    y = e / e.sum()                        # softmax
    return -np.sum(t * np.log(y + 1e-7))   # CEE with δ = 1e-7

def gradient(f, W, h=1e-4):
    grad = np.zeros_like(W)
    for idx in np.ndindex(W.shape):        # every weight in turn, nudged in place
        saved = W[idx]
        W[idx] = saved + h
        f_plus = f(W)
        W[idx] = saved - h
        f_minus = f(W)
        W[idx] = saved
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad

print(x @ W)
print(np.argmax(x @ W))
print(loss(W))
print(gradient(loss, W))`,
  output: '[ 0.56284415 -0.07093682 -0.68461626]\n0\n1.8450951247275316\n[[ 0.33006634  0.17512722 -0.50519357]\n [ 0.49509952  0.26269083 -0.75779035]]',
};

/** The notes' In [74]: a one-hot t handed to the label-index CEE. */
export const misread: NumpySnippet = {
  cell: '74',
  code: String.raw`import numpy as np

W = np.array([[-0.32688493, 0.66694564, -0.33586083],
              [0.84330568, -0.52344912, -0.53677751]])
x = np.array([0.6, 0.9])
t = np.array([0, 0, 1])

a = x @ W
y = (np.exp(a - a.max()) / np.exp(a - a.max()).sum()).reshape(1, 3)  # softmax, as a batch of one row
picked = y[np.arange(1), t.reshape(1, 3)]  # the one-hot t read as class numbers 0, 0, 1
print(picked)                              # y₀, y₀, y₁: class 2 is never looked at
print(-np.sum(np.log(picked + 1e-7)))      # the loss the notes print (their W had more digits)
print(-np.log(y[0, 2] + 1e-7))             # the true class 2, read right`,
  output: '[[0.55011092 0.55011092 0.29187889]]\n2.426686311622924\n1.8450951247275316',
};
