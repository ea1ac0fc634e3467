import { describe, expect, it } from 'vitest';
import { textFor } from '../../i18n/use-text';
import { readParams } from '../../state/url-state';
import { labels } from './text-labels';
import { linkFieldNames, trainingUrlTable } from './url-state';

describe('the training lab’s link', () => {
  it('takes a race of different rates and refuses one that repeats a rate', () => {
    expect(readParams(trainingUrlTable, 'race=0.01,0.1,3')).toMatchObject({ state: { race: [0.01, 0.1, 3] }, invalid: [] });
    for (const race of ['1,1', '0.1,1e-1', '0.5,1,0.5,2']) {
      const { state, invalid } = readParams(trainingUrlTable, `race=${race}`);
      expect(invalid).toEqual(['race']);
      expect(state.race).toEqual(trainingUrlTable.race.default);
    }
  });

  it('names every setting of a link as the form does', () => {
    const en = linkFieldNames(textFor(labels, 'en'));
    expect(en).toMatchObject({ hidden: 'Hidden units', lr: 'Learning rate η', iters: 'Iterations', race: 'Race learning rates', method: 'Gradient method' });
    expect(Object.keys(en)).toHaveLength(Object.keys(trainingUrlTable).length);
    expect(linkFieldNames(textFor(labels, 'ko')).hidden).toBe('은닉층 뉴런 수');
  });
});
