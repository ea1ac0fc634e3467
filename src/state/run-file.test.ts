import { describe, expect, it } from 'vitest';
import { readRunFile, runCsvText, runFileName, runFileText } from './run-file';
import { sampleRun } from '../../tests/unit/run-fixture';

const run = { ...sampleRun(), id: 'r1', name: 'lr 0.1' };

describe('run files', () => {
  it('round-trips the history through JSON', () => {
    expect(readRunFile(runFileText([run]))).toEqual({ runs: [run] });
  });

  it('says what is wrong with a file that is not a run file, and takes nothing from a file with a bad entry', () => {
    expect(readRunFile('{ nope')).toEqual({ problem: 'not-json' });
    expect(readRunFile(JSON.stringify({ format: 'nnlab.two-layer-net' }))).toEqual({ problem: 'not-runs' });
    expect(readRunFile(JSON.stringify({ format: 'nnlab.runs', runs: [] }))).toEqual({ problem: 'not-runs' });
    const broken = JSON.parse(runFileText([run, { ...run, id: 'r2' }])) as { runs: Record<string, unknown>[] };
    broken.runs[1].end = 'exploded';
    expect(readRunFile(JSON.stringify(broken))).toEqual({ problem: 'invalid', entries: [2] });
  });

  it('writes a CSV row per lane and iteration, with empty cells where a series has no point', () => {
    const lane = run.lanes[0];
    const csv = runCsvText({ ...run, lanes: [{ ...lane, accuracy: [lane.accuracy[1]], loss: [...lane.loss, { iteration: 30, loss: null, smooth: null }] }] });
    expect(csv).toBe([
      'lane,learning_rate,iteration,mean_loss,smoothed_loss,train_accuracy,test_accuracy',
      '1,0.1,10,2.3,2.29,,',
      '1,0.1,20,1.5,1.9,0.61,0.6',
      '1,0.1,30,,,,',
      '',
    ].join('\n'));
  });

  it('names files after the run, in any script, with nothing a file system refuses', () => {
    expect(runFileName('backprop · η 0.1 / 1', 'csv')).toBe('backprop-η-0.1-1.csv');
    expect(runFileName('학습률 비교', 'json')).toBe('학습률-비교.json');
    expect(runFileName('///', 'json')).toBe('run.json');
  });
});
