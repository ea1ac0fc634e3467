/**
 * The training worker's side of its helpers: sends a share of the incremental numerical gradient, or
 * a batch's images with their drawn augmentations, over a MessagePort and resolves with the answer.
 */
import { matrix, type Matrix } from '../lib/matrix';
import { applyAugmentations } from '../lib/digits/augment';
import { incrementalNumericalGradient, type GradientShare } from '../lib/nets/incremental-gradient';
import { type SparseRows, sparseColumns, sparseImageRows } from '../lib/nets/sparse-rows';
import type { TwoLayerParams } from '../lib/nets/two-layer-params';
import type { AugmentRequest, AugmentResponse, HelperRequest, HelperResponse, NetParams, ShareRequest, ShareResponse } from '../protocol/protocol';

export interface GradientHelpers {
  /** Helpers that take shares of the numerical gradient. */
  readonly count: number;
  /** Helper k computes `share` of ∇L for a copy of params on the batch (x, t). */
  compute(k: number, params: TwoLayerParams, x: Matrix, t: Int32Array, share: GradientShare): Promise<TwoLayerParams>;
  /**
   * A helper applies augment.ts's packed `draws` to `images` (rows × cols bytes each) and returns them
   * with x = bytes / 255 as sparse rows and columns; null when there is no helper.
   */
  augment(images: Uint8Array, rows: number, cols: number, draws: Float64Array): Promise<AugmentedBatch> | null;
}

export interface AugmentedBatch {
  images: Uint8Array;
  rows: SparseRows;
  columns: SparseRows;
}

interface PortLike {
  postMessage(message: HelperRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<HelperResponse>) => void) | null;
}

export function paramsFromFlat(p: NetParams, inputSize: number, hiddenSize: number, outputSize: number): TwoLayerParams {
  return { W1: matrix(inputSize, hiddenSize, p.W1), b1: p.b1, W2: matrix(hiddenSize, outputSize, p.W2), b2: p.b2 };
}

export class HelperLink implements GradientHelpers {
  private readonly sharing: PortLike[] = [];
  private augmenter: PortLike | null = null;
  private readonly pending = new Map<number, (answer: HelperResponse) => void>();
  private nextId = 1;

  get count(): number {
    return this.sharing.length;
  }

  /** Connects a helper; every helper augments, and those with `shares` also take gradient shares. */
  add(port: PortLike, shares = true): void {
    port.onmessage = (event) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      waiting(answer);
    };
    if (shares) this.sharing.push(port);
    this.augmenter ??= port;
  }

  private ask<T>(port: PortLike, request: HelperRequest, transfer: Transferable[], read: (answer: HelperResponse) => T): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, (answer) => {
        if ('error' in answer) reject(new Error(answer.error));
        else {
          try {
            resolve(read(answer));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
      });
      port.postMessage(request, transfer);
    });
  }

  compute(k: number, params: TwoLayerParams, x: Matrix, t: Int32Array, share: GradientShare): Promise<TwoLayerParams> {
    const shape: [number, number, number] = [params.W1.rows, params.W1.cols, params.W2.cols];
    // Copies, so the helper never sees the weights change under it.
    const request: ShareRequest = {
      type: 'share',
      id: this.nextId++,
      params: { W1: params.W1.data.slice(), b1: params.b1.slice(), W2: params.W2.data.slice(), b2: params.b2.slice() },
      hiddenSize: params.W1.cols,
      x: { rows: x.rows, cols: x.cols, data: x.data.slice() },
      t: t.slice(),
      share,
    };
    const transfer = [request.params.W1.buffer, request.params.b1.buffer, request.params.W2.buffer, request.params.b2.buffer, request.x.data.buffer, request.t.buffer];
    return this.ask(this.sharing[k], request, transfer, (answer) => {
      if (!('grads' in answer)) throw new Error('a gradient helper answered with something else');
      return paramsFromFlat(answer.grads, ...shape);
    });
  }

  augment(images: Uint8Array, rows: number, cols: number, draws: Float64Array): Promise<AugmentedBatch> | null {
    if (!this.augmenter) return null;
    const expected = images.length;
    const count = expected / (rows * cols);
    // The arrays are handed over: the caller keeps its own copies.
    const request: AugmentRequest = { type: 'augment', id: this.nextId++, images, rows, cols, draws };
    return this.ask(this.augmenter, request, [images.buffer, draws.buffer], (answer) => {
      const fits = 'images' in answer && answer.images.length === expected && answer.rows.rows === count && answer.columns.rows === rows * cols;
      if (!fits) throw new Error('an augmentation helper answered with something else');
      return { images: answer.images, rows: answer.rows, columns: answer.columns };
    });
  }
}

/** The helper's side of a share: computes it (zeros elsewhere) or says why it could not. */
export function answerShare(request: ShareRequest): { answer: ShareResponse; transfer: Transferable[] } {
  const { id, params, hiddenSize, x, t, share } = request;
  try {
    const p = paramsFromFlat(params, x.cols, hiddenSize, params.b2.length);
    const g = incrementalNumericalGradient(p, matrix(x.rows, x.cols, x.data), t, share);
    return { answer: { id, grads: { W1: g.W1.data, b1: g.b1, W2: g.W2.data, b2: g.b2 } }, transfer: [g.W1.data.buffer, g.b1.buffer, g.W2.data.buffer, g.b2.buffer] };
  } catch (error) {
    return { answer: { id, error: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}

/** The helper's side of an augmentation: the images transformed in order, or why it could not. */
export function answerAugment(request: AugmentRequest): { answer: AugmentResponse; transfer: Transferable[] } {
  const { id, images, rows, cols, draws } = request;
  try {
    const count = Math.floor(images.length / (rows * cols));
    const out = applyAugmentations(images, rows, cols, Int32Array.from({ length: count }, (_, n) => n), draws);
    const byRow = sparseImageRows(out, rows * cols, Int32Array.from({ length: count }, (_, n) => n));
    const byColumn = sparseColumns(byRow);
    const transfer = [out.buffer, byRow.start.buffer, byRow.index.buffer, byRow.value.buffer, byColumn.start.buffer, byColumn.index.buffer, byColumn.value.buffer];
    return { answer: { id, images: out, rows: byRow, columns: byColumn }, transfer };
  } catch (error) {
    return { answer: { id, error: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}

/** What a helper answers to any request. */
export function answerRequest(request: HelperRequest): { answer: HelperResponse; transfer: Transferable[] } {
  return request.type === 'augment' ? answerAugment(request) : answerShare(request);
}
