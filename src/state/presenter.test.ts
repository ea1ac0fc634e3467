import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from './lesson-slugs';
import { isPresenting, lessonHref, stepOf, withPresenting, withStep } from './presenter';
import { NOTE_PARTS, noteOf, speakerNotes } from '../shell/speaker-notes';
import { intParam, keepReserved, readParams, writeParams } from './url-state';

const table = { n: intParam(10, 1, 1000) };

describe('presenter mode in the address', () => {
  it('is on only for present=1', () => {
    expect(isPresenting('present=1&n=3')).toBe(true);
    expect(isPresenting('present=0')).toBe(false);
    expect(isPresenting('present=<script>')).toBe(false);
    expect(isPresenting('')).toBe(false);
  });
  it('switches on and off without touching page keys', () => {
    expect(withPresenting('n=3', true)).toBe('n=3&present=1');
    expect(withPresenting('n=3&present=1', false)).toBe('n=3');
  });
  it('is ignored by page tables and survives their updates', () => {
    expect(readParams(table, 'present=1&n=5')).toEqual({ state: { n: 5 }, invalid: [] });
    expect(keepReserved('present=1&n=5', writeParams(table, { n: 7 }))).toBe('n=7&present=1');
    expect(keepReserved('present=1&n=5', writeParams(table, { n: 10 }))).toBe('present=1');
    expect(keepReserved('n=5&junk=1', writeParams(table, { n: 6 }))).toBe('n=6');
  });
  it('carries over into lesson links', () => {
    expect(lessonHref('mse', true)).toBe('#/mse?present=1');
    expect(lessonHref('mse', false)).toBe('#/mse');
  });
});

describe('the presenter step in the address', () => {
  it('is a whole number from 1, and 1 when absent or malformed', () => {
    expect(stepOf('present=1&step=3')).toBe(3);
    expect(stepOf('present=1')).toBe(1);
    for (const bad of ['0', '-2', '2.5', 'abc', '1e3', '99999', '']) expect(stepOf(`step=${bad}`)).toBe(1);
  });
  it('changes without touching other keys, survives page updates and goes with presenter mode', () => {
    expect(withStep('n=3&present=1', 4)).toBe('n=3&present=1&step=4');
    expect(keepReserved('present=1&step=2&n=5', writeParams(table, { n: 7 }))).toBe('n=7&present=1&step=2');
    expect(withPresenting('n=3&present=1&step=4', false)).toBe('n=3');
  });
  it('restarts at the first step in another lesson', () => {
    expect(lessonHref('cee', true)).not.toContain('step');
  });
});

describe('speaker notes', () => {
  it('say what to show, what to ask and what to expect for every lesson in both languages', () => {
    for (const lang of ['ko', 'en'] as const) {
      for (const slug of LESSON_SLUGS) {
        const note = noteOf(speakerNotes[lang], slug);
        expect(note, `${lang} ${slug}`).not.toBeNull();
        for (const part of NOTE_PARTS) expect(note?.[part].length, `${lang} ${slug} ${part}`).toBeGreaterThan(10);
      }
    }
  });
});
