import { NotesCell } from '../../components/notes/NotesCell';
import { sampleBatchIndices } from '../../lib/mnist/sample';
import type { ImageSet } from '../../lib/mnist/types';
import { numpyShape } from './numpy-shape';

/** The notes' batch_size in In [30], and what their In [31] prints for it. */
const NOTES_BATCH_SIZE = 10;
const NOTES_PRINTED = 'x_batch.shape = (10, 28, 28)\ny_batch.shape = (10,)';

/** In [31] beside a batch of the notes' size, drawn with the sampler's seed the way the sampler draws. */
export function NotesBatchShapes({ train, seed }: { train: ImageSet; seed: number }) {
  const indices = sampleBatchIndices(seed, train.count, NOTES_BATCH_SIZE);
  const x = [indices.length, train.rows, train.cols];
  const y = [Array.from(indices, (i) => train.labels[i]).length];
  return (
    <NotesCell
      cell="31"
      printed={NOTES_PRINTED}
      ours={`x_batch.shape = ${numpyShape(x)}\ny_batch.shape = ${numpyShape(y)}`}
      values={[...x, ...y]}
    />
  );
}
