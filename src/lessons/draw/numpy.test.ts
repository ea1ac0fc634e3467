import { describe, expect, it } from 'vitest';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { forwardDigit } from '../../lib/digits/forward';
import { centreOfMass, grayImage } from '../../lib/digits/gray-image';
import { preprocessDigit } from '../../lib/digits/preprocess';
import { argmax } from '../../lib/matrix';
import { TINY_NET } from '../training/numpy';
import { BLOCK, forward, preprocess } from './numpy';

describe('the drawing lesson’s NumPy snippets', () => {
  it('crop, scale and place the block where preprocessDigit does', () => {
    const image = grayImage(BLOCK.width, BLOCK.height);
    for (let y = BLOCK.top; y < BLOCK.bottom; y++) image.data.fill(1, y * BLOCK.width + BLOCK.left, y * BLOCK.width + BLOCK.right);
    const steps = preprocessDigit(image);
    if (steps.blank) throw new Error('the block has ink');
    const com = centreOfMass(steps.scaled);
    expect(com).not.toBeNull();
    const lines = [
      `ink box at (${steps.box.top}, ${steps.box.left}) size (${steps.box.height}, ${steps.box.width}) → scaled (${steps.scaled.height}, ${steps.scaled.width})`,
      `pasted at (${steps.offset.y}, ${steps.offset.x}) so the centre of mass lands at (${steps.offset.y + (com?.y ?? 0)}, ${steps.offset.x + (com?.x ?? 0)})`,
    ];
    expect(lines.join('\n')).toBe(preprocess.output);
  });
  it('run one image through the network as forwardDigit does', () => {
    const flat = (rows: number[][]) => rows.flat();
    const result = forwardDigit({ inputSize: 4, hiddenSize: 3, outputSize: 2, W1: flat(TINY_NET.W1), b1: TINY_NET.b1, W2: flat(TINY_NET.W2), b2: TINY_NET.b2 }, TINY_NET.x[0]);
    const lines = [formatNumpyArray(result.hidden), formatNumpyArray(result.scores), `${formatNumpyArray(result.probabilities)} ${argmax(result.probabilities)}`];
    expect(lines.join('\n')).toBe(forward.output);
  });
});
