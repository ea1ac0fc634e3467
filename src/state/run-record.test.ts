import { describe, expect, it } from 'vitest';
import { defaultRunName, readRunRecord, runsByDate } from './run-record';
import { sampleRun } from '../../tests/unit/run-fixture';

const record = (extra: Record<string, unknown> = {}) => ({ ...sampleRun(), id: 'r1', name: 'first', ...extra });

describe('a run record', () => {
  it('reads back what was kept, settings and series alike', () => {
    expect(readRunRecord(record())).toEqual(record());
  });

  it('trims the name and refuses an empty one', () => {
    expect(readRunRecord(record({ name: '  kept  ' }))?.name).toBe('kept');
    expect(readRunRecord(record({ name: '   ' }))).toBeNull();
  });

  it('refuses settings the lab could not run, an unknown end or a bad date', () => {
    expect(readRunRecord(record({ settings: { ...sampleRun().settings, seed: -1 } }))).toBeNull();
    expect(readRunRecord(record({ settings: { ...sampleRun().settings, method: 'magic' } }))).toBeNull();
    expect(readRunRecord(record({ end: 'exploded' }))).toBeNull();
    expect(readRunRecord(record({ createdAt: 'yesterday' }))).toBeNull();
    expect(readRunRecord(null)).toBeNull();
    expect(readRunRecord('run')).toBeNull();
  });

  it('needs one lane per learning rate, each with that rate and well-formed points', () => {
    const lane = sampleRun().lanes[0];
    expect(readRunRecord(record({ lanes: [] }))).toBeNull();
    expect(readRunRecord(record({ lanes: [{ ...lane, learningRate: 0.5 }] }))).toBeNull();
    expect(readRunRecord(record({ lanes: [{ ...lane, accuracy: [{ iteration: 10, train: 1.5, test: 0.2 }] }] }))).toBeNull();
    expect(readRunRecord(record({ lanes: [{ ...lane, loss: [{ iteration: -1, loss: 1, smooth: 1 }] }] }))).toBeNull();
    expect(readRunRecord(record({ lanes: [{ ...lane, loss: [{ iteration: 3, loss: 'x', smooth: 1 }] }] }))).toBeNull();
    // A diverged lane's losses are null, not NaN: JSON cannot carry NaN.
    expect(readRunRecord(record({ lanes: [{ ...lane, loss: [{ iteration: 3, loss: null, smooth: null }], testAccuracy: null, divergedAt: 3 }] }))).not.toBeNull();
  });

  it('keeps a race as one run with a lane per rate', () => {
    const lane = sampleRun().lanes[0];
    const race = record({ settings: { ...sampleRun().settings, learningRates: [0.1, 1] }, lanes: [lane, { ...lane, learningRate: 1 }] });
    expect(readRunRecord(race)?.lanes.map((l) => l.learningRate)).toEqual([0.1, 1]);
    expect(defaultRunName(race as ReturnType<typeof sampleRun>)).toBe('backprop · η 0.1 / 1 · seed 7 · 20 it.');
  });

  it('lists newest first', () => {
    const older = { ...record(), id: 'a', createdAt: '2026-01-01T00:00:00Z' };
    const newer = { ...record(), id: 'b', createdAt: '2026-06-01T00:00:00Z' };
    expect(runsByDate([older, newer]).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
