/**
 * The training worker's side of its gradient helpers: sends a share of the incremental numerical
 * gradient over a MessagePort and resolves with the helper's answer.
 */
import { matrix, type Matrix } from '../lib/matrix';
import { incrementalNumericalGradient, type GradientShare } from '../lib/nets/incremental-gradient';
import type { TwoLayerParams } from '../lib/nets/two-layer-params';
import type { NetParams, ShareRequest, ShareResponse } from '../protocol/protocol';

export interface GradientHelpers {
  readonly count: number;
  /** Helper k computes `share` of ∇L for a copy of params on the batch (x, t). */
  compute(k: number, params: TwoLayerParams, x: Matrix, t: Int32Array, share: GradientShare): Promise<TwoLayerParams>;
}

interface PortLike {
  postMessage(message: ShareRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ShareResponse>) => void) | null;
}

export function paramsFromFlat(p: NetParams, inputSize: number, hiddenSize: number, outputSize: number): TwoLayerParams {
  return { W1: matrix(inputSize, hiddenSize, p.W1), b1: p.b1, W2: matrix(hiddenSize, outputSize, p.W2), b2: p.b2 };
}

export class HelperLink implements GradientHelpers {
  private readonly ports: PortLike[] = [];
  private readonly pending = new Map<number, { resolve: (g: TwoLayerParams) => void; reject: (e: Error) => void; shape: [number, number, number] }>();
  private nextId = 1;

  get count(): number {
    return this.ports.length;
  }

  add(port: PortLike): void {
    port.onmessage = (event) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if ('error' in answer) waiting.reject(new Error(answer.error));
      else waiting.resolve(paramsFromFlat(answer.grads, ...waiting.shape));
    };
    this.ports.push(port);
  }

  compute(k: number, params: TwoLayerParams, x: Matrix, t: Int32Array, share: GradientShare): Promise<TwoLayerParams> {
    const id = this.nextId++;
    const shape: [number, number, number] = [params.W1.rows, params.W1.cols, params.W2.cols];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, shape });
      // Copies, so the helper never sees the weights change under it.
      const request: ShareRequest = {
        id,
        params: { W1: params.W1.data.slice(), b1: params.b1.slice(), W2: params.W2.data.slice(), b2: params.b2.slice() },
        hiddenSize: params.W1.cols,
        x: { rows: x.rows, cols: x.cols, data: x.data.slice() },
        t: t.slice(),
        share,
      };
      const transfer = [request.params.W1.buffer, request.params.b1.buffer, request.params.W2.buffer, request.params.b2.buffer, request.x.data.buffer, request.t.buffer];
      this.ports[k].postMessage(request, transfer);
    });
  }
}

/** The helper's side: computes the requested share (zeros elsewhere) or says why it could not. */
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
