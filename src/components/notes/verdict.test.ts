import { describe, expect, it } from 'vitest';
import { matchesPrintout, notesVerdict, printedNumbers } from './verdict';

describe('printedNumbers', () => {
  it('reads plain, e-notation and integer tokens with the unit of their last digit', () => {
    expect(printedNumbers('result = [-6.11110793e-10  8.14814391e-10]')).toEqual([
      { value: -6.11110793e-10, unit: 1e-18 },
      { value: 8.14814391e-10, unit: 1e-18 },
    ]);
    expect(printedNumbers('(784, 100)\n(100,)')).toEqual([
      { value: 784, unit: 1 },
      { value: 100, unit: 1 },
      { value: 100, unit: 1 },
    ]);
  });
});

describe('matchesPrintout', () => {
  it('accepts the double the notes printed, to the last digit shown', () => {
    expect(matchesPrintout('0.019500000000000007', [0.019500000000000007])).toBe(true);
    expect(matchesPrintout('0.019500000000000007', [0.0195])).toBe(false);
    expect(matchesPrintout('[ 0.56284415 -0.07093683]', [0.562844149, -0.070936834])).toBe(true);
    expect(matchesPrintout('[ 0.56284415 -0.07093683]', [0.5628442, -0.07093683])).toBe(false);
  });
  it('needs integers exactly and the same count of numbers', () => {
    expect(matchesPrintout('(10, 28, 28)', [10, 28, 28])).toBe(true);
    expect(matchesPrintout('(10, 28, 28)', [11, 28, 28])).toBe(false);
    expect(matchesPrintout('(10, 28, 28)', [10, 28])).toBe(false);
    expect(matchesPrintout('0.5', [Number.NaN])).toBe(false);
  });
  it('widens to a tolerance the caller names, for notes whose inputs were printed rounded', () => {
    expect(matchesPrintout('[-0.07093683]', [-0.070936824])).toBe(false);
    expect(matchesPrintout('[-0.07093683]', [-0.070936824], 1e-8)).toBe(true);
    expect(matchesPrintout('[-0.07093683]', [-0.0709368], 1e-8)).toBe(false);
  });
});

describe('notesVerdict', () => {
  it('calls a difference the notes’ bug only when replaying their code gives their number', () => {
    expect(notesVerdict('2.4266863149107696', [2.4266863149107696])).toBe('match');
    expect(notesVerdict('2.4266863149107696', [1.8451], [2.4266863149107696])).toBe('bug');
    expect(notesVerdict('2.4266863149107696', [1.8451], [2.3])).toBe('differs');
    expect(notesVerdict('2.4266863149107696', [1.8451])).toBe('differs');
  });
});
