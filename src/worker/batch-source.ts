/**
 * A run's mini-batches in order. With augmentation, each image's transformation is drawn here from
 * the run's augmentation rng, always in the same order, and applied either here or — one batch ahead,
 * while the current batch trains — on a helper. Applying is the same code on either side, so the
 * batches are the same bits with or without a helper; one that fails or is missing only costs time.
 */
import { applyAugmentations, drawAugmentations, DRAWING_AUGMENTATION } from '../lib/digits/augment';
import { labelBatch } from '../lib/mnist/batch';
import type { ImageSet } from '../lib/mnist/types';
import type { Rng } from '../lib/random';
import type { GradientHelpers } from './helper-link';
import { SessionBatch } from './session-batch';

/** One batch's draws: which images, their labels, and (when augmenting) their transformations. */
interface Draw {
  indices: Int32Array;
  t: Int32Array;
  draws: Float64Array | null;
}

/** A batch drawn ahead and handed to the helper: `batch` once it answered, `failed` if it could not (it is then augmented here). */
interface Ahead {
  draw: Draw;
  settled: Promise<unknown>;
  batch: SessionBatch | null;
  failed: boolean;
}

export class BatchSource {
  private readonly pixels: number;
  private ahead: Ahead | null = null;
  /** Set after a helper failed once: the rest of the run augments here. */
  private helperFailed = false;

  constructor(
    private readonly train: ImageSet,
    private readonly batchSize: number,
    private readonly batchRng: Rng,
    private readonly augmentRng: Rng | null,
    private readonly helpers: GradientHelpers | null,
  ) {
    this.pixels = train.rows * train.cols;
  }

  /**
   * The next batch; waits (yields the helper's promise) while the helper is still augmenting it.
   * With `prefetch`, the batch after it is drawn now and handed to the helper, if there is one.
   */
  *next(prefetch: boolean): Generator<Promise<unknown>, SessionBatch> {
    const ahead = this.ahead;
    this.ahead = null;
    let batch: SessionBatch;
    if (ahead) {
      if (!ahead.batch && !ahead.failed) yield ahead.settled;
      batch = ahead.batch ?? this.local(ahead.draw);
    } else {
      batch = this.local(this.draw());
    }
    if (prefetch && this.augmentRng && this.helpers && !this.helperFailed) this.ahead = this.request(this.draw());
    return batch;
  }

  private draw(): Draw {
    const indices = this.batchRng.choice(this.train.count, this.batchSize);
    const t = labelBatch(this.train.labels, indices);
    const draws = this.augmentRng ? drawAugmentations(indices.length, this.augmentRng, DRAWING_AUGMENTATION, t) : null;
    return { indices, t, draws };
  }

  private local({ indices, t, draws }: Draw): SessionBatch {
    const { images, rows, cols } = this.train;
    if (!draws) return new SessionBatch(images, this.pixels, indices, t);
    return new SessionBatch(applyAugmentations(images, rows, cols, indices, draws), this.pixels, allRows(indices.length), t);
  }

  /** Hands the draw to the helper; when there is none, the draw stays here to be applied when its turn comes. */
  private request(draw: Draw): Ahead {
    const { images, rows, cols } = this.train;
    const { indices, draws } = draw;
    const gathered = new Uint8Array(indices.length * this.pixels);
    for (let n = 0; n < indices.length; n++) gathered.set(images.subarray(indices[n] * this.pixels, (indices[n] + 1) * this.pixels), n * this.pixels);
    const answer = draws && this.helpers ? this.helpers.augment(gathered, rows, cols, draws.slice()) : null;
    if (!answer) {
      this.helperFailed = true;
      return { draw, settled: Promise.resolve(), batch: null, failed: true };
    }
    const ahead: Ahead = { draw, settled: answer, batch: null, failed: false };
    ahead.settled = answer.then(
      ({ images: augmented, rows: byRow, columns }) => { ahead.batch = new SessionBatch(augmented, this.pixels, allRows(indices.length), draw.t, { rows: byRow, columns }); },
      () => {
        ahead.failed = true;
        this.helperFailed = true;
      },
    );
    return ahead;
  }
}

function allRows(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, n) => n);
}
