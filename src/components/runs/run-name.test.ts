import { describe, expect, it } from 'vitest';
import { sampleRun } from '../../../tests/unit/run-fixture';
import { uniqueName } from '../../state/model-history';
import { defaultRunName } from '../../state/run-record';
import { defaultName } from '../../state/trained-model';
import { modelName } from '../models/format';
import { runName } from './run-name';

describe('names of kept runs and models', () => {
  const run = { ...sampleRun(), settings: { ...sampleRun().settings, method: 'backprop' as const, learningRates: [0.5], seed: 42 }, iterations: 1200 };

  it('write a run’s default name, stored in one fixed form, in the reader’s language', () => {
    const stored = defaultRunName(run);
    expect(stored).toBe('backprop · η 0.5 · seed 42 · 1,200 it.');
    expect(runName({ ...run, name: stored }, 'ko')).toBe('오차역전파 · η 0.5 · 시드 42 · 반복 1,200회');
    expect(runName({ ...run, name: stored }, 'en')).toBe('backprop · η 0.5 · seed 42 · 1,200 it.');
    const race = { ...run, settings: { ...run.settings, method: 'incremental' as const, learningRates: [0.01, 0.1, 3] } };
    expect(runName({ ...race, name: defaultRunName(race) }, 'ko')).toBe('증분 수치 미분 · η 0.01 / 0.1 / 3 · 시드 42 · 반복 1,200회');
    expect(runName({ ...race, name: defaultRunName(race) }, 'en')).toBe('incremental numerical · η 0.01 / 0.1 / 3 · seed 42 · 1,200 it.');
  });

  it('say that a run used the notes’ whole-batch softmax, so that it differs from a row-softmax run with the same settings', () => {
    const batch = { ...run, settings: { ...run.settings, softmax: 'batch' as const } };
    const stored = defaultRunName(batch);
    expect(stored).toBe('backprop · η 0.5 · seed 42 · 1,200 it. · batch softmax');
    expect(stored).not.toBe(defaultRunName(run));
    expect(runName({ ...batch, name: stored }, 'ko')).toBe('오차역전파 · η 0.5 · 시드 42 · 반복 1,200회 · 노트의 소프트맥스');
    expect(runName({ ...batch, name: stored }, 'en')).toBe('backprop · η 0.5 · seed 42 · 1,200 it. · notes’ softmax');
    expect(runName({ ...batch, name: uniqueName(stored, [stored]) }, 'ko')).toBe('오차역전파 · η 0.5 · 시드 42 · 반복 1,200회 · 노트의 소프트맥스 (2)');
    // A name kept before the mark existed is still the app's own, and now shows the mark.
    expect(runName({ ...batch, name: defaultRunName(run) }, 'en')).toBe('backprop · η 0.5 · seed 42 · 1,200 it. · notes’ softmax');
    expect(runName({ ...run, name: stored }, 'en')).toBe(stored);
  });

  it('keep the number that made a repeated default name unique', () => {
    const stored = defaultRunName(run);
    const second = uniqueName(stored, [stored]);
    expect(runName({ ...run, name: second }, 'ko')).toBe('오차역전파 · η 0.5 · 시드 42 · 반복 1,200회 (2)');
    expect(runName({ ...run, name: `${stored} (12)` }, 'ko')).toBe('오차역전파 · η 0.5 · 시드 42 · 반복 1,200회 (12)');
  });

  it('leave a name the user gave as it is, in every language', () => {
    for (const name of ['my best run', `${defaultRunName(run)} final`, `${defaultRunName(run)} (1)`, 'backprop · η 0.5 · seed 42 · 200 it.']) {
      expect(runName({ ...run, name }, 'ko')).toBe(name);
      expect(runName({ ...run, name }, 'en')).toBe(name);
    }
  });

  it('write a model’s default name in the reader’s language, and an imported method as it is', () => {
    const model = { inputSize: 784, hiddenSize: 50, outputSize: 10, method: 'backprop', iterations: 4000 };
    expect(defaultName(model)).toBe('784-50-10 · backprop · 4000');
    expect(modelName({ ...model, name: defaultName(model) }, 'ko')).toBe('784-50-10 · 오차역전파 · 반복 4,000회');
    expect(modelName({ ...model, name: defaultName(model) }, 'en')).toBe('784-50-10 · backprop · 4000');
    expect(modelName({ ...model, name: `${defaultName(model)} (3)` }, 'ko')).toBe('784-50-10 · 오차역전파 · 반복 4,000회 (3)');
    expect(modelName({ ...model, name: 'digits v2' }, 'ko')).toBe('digits v2');
    const imported = { ...model, method: 'adam' };
    expect(modelName({ ...imported, name: defaultName(imported) }, 'ko')).toBe('784-50-10 · adam · 반복 4,000회');
  });
});
