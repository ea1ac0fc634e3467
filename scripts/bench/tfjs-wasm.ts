// The same training step as TwoLayerNet with backpropagation — forward pass, backward pass and
// SGD update of a 784-50-10 ReLU network on a batch — written with @tensorflow/tfjs-core ops on
// the WebAssembly backend (float32, XNNPACK). tfjs-core alone ships no gradient registrations,
// so the backward pass is spelled out with the same formulas TwoLayerNet uses.
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Loads the WASM backend from node_modules; returns a description of what it runs with. */
export async function startWasmBackend(): Promise<string> {
  setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not start');
  await tf.ready();
  const simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
  const threads = tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT');
  return `tfjs-core ${tf.version_core}, backend ${tf.getBackend()}, SIMD ${simd ? 'on' : 'off'}, threads ${threads ? 'on' : 'off'}`;
}

/** A 784-50-10 network in tfjs variables, initialised from the given float64 parameters. */
export class TfjsTwoLayerNet {
  private readonly W1: tf.Variable;
  private readonly b1: tf.Variable;
  private readonly W2: tf.Variable;
  private readonly b2: tf.Variable;

  constructor(p: { W1: Float64Array; b1: Float64Array; W2: Float64Array; b2: Float64Array }, sizes: [number, number, number]) {
    const [d, h, k] = sizes;
    this.W1 = tf.variable(tf.tensor2d(Float32Array.from(p.W1), [d, h]));
    this.b1 = tf.variable(tf.tensor1d(Float32Array.from(p.b1)));
    this.W2 = tf.variable(tf.tensor2d(Float32Array.from(p.W2), [h, k]));
    this.b2 = tf.variable(tf.tensor1d(Float32Array.from(p.b2)));
  }

  /** One SGD step on x (N × D, already /255) and labels; returns nothing, like TwoLayerNet.update. */
  step(x: Float32Array, labels: Int32Array, learningRate: number): void {
    const n = labels.length;
    tf.tidy(() => {
      const xs = tf.tensor2d(x, [n, x.length / n]);
      const t = tf.oneHot(tf.tensor1d(labels, 'int32'), this.b2.shape[0]);
      const a1 = tf.add(tf.matMul(xs, this.W1), this.b1);
      const z1 = tf.relu(a1);
      const y = tf.softmax(tf.add(tf.matMul(z1, this.W2), this.b2));
      const dA2 = tf.div(tf.sub(y, t), n);
      const dW2 = tf.matMul(z1, dA2, true, false);
      const db2 = tf.sum(dA2, 0);
      const dA1 = tf.mul(tf.matMul(dA2, this.W2, false, true), tf.step(a1));
      const dW1 = tf.matMul(xs, dA1, true, false);
      const db1 = tf.sum(dA1, 0);
      this.W1.assign(tf.sub(this.W1, tf.mul(dW1, learningRate)));
      this.b1.assign(tf.sub(this.b1, tf.mul(db1, learningRate)));
      this.W2.assign(tf.sub(this.W2, tf.mul(dW2, learningRate)));
      this.b2.assign(tf.sub(this.b2, tf.mul(db2, learningRate)));
    });
  }

  /** Waits until every queued kernel has finished (reads one value back). */
  sync(): void {
    this.b2.dataSync();
  }

  /** Frees the variables. */
  dispose(): void {
    tf.dispose([this.W1, this.b1, this.W2, this.b2]);
  }
}
