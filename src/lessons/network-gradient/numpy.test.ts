import { describe, expect, it } from 'vitest';
import { pythonFloat } from '../../components/python-float';
import { formatNumpyArray, formatNumpyMatrix } from '../../lib/descent/numpy-format';
import { argmax, fromRows } from '../../lib/matrix';
import { NOTES_SIMPLE_NET, notesMisreadLoss, SimpleNet } from '../../lib/nets/simple-net';
import { misread, simpleNet } from './numpy';

const net = new SimpleNet(fromRows(NOTES_SIMPLE_NET.W));
const { x, t } = NOTES_SIMPLE_NET;

describe('the simpleNet lesson’s NumPy snippets', () => {
  it('print the scores, class, loss and gradient SimpleNet computes', () => {
    const scores = net.predict(x);
    const lines = [formatNumpyArray(scores), String(argmax(scores)), pythonFloat(net.loss(x, t)), formatNumpyMatrix(net.numericalGradient(x, t).data, 2, 3)];
    expect(lines.join('\n')).toBe(simpleNet.output);
  });
  it('replay the notes’ misread target as notesMisreadLoss does', () => {
    const y = net.probabilities(x);
    const picked = Array.from(t, (k) => y[k]);
    expect([formatNumpyMatrix(picked, 1, 3), pythonFloat(notesMisreadLoss(net, x, t)), pythonFloat(net.loss(x, t))].join('\n')).toBe(misread.output);
  });
});
