import type { GradientDescentState } from './url-state';

export type PresetId = 'notes-lr-0.1' | 'notes-lr-10' | 'notes-lr-1e-10' | 'zigzag' | 'rosenbrock';

export interface Preset {
  id: PresetId;
  patch: Partial<GradientDescentState>;
  /** What the notes print for this run, when it is one of theirs. */
  notesPrinted?: string;
  /** The notes' cell that ran it (In [34] …). */
  notesCell?: string;
}

const NOTES_RUN = { fn: 'bowl', x0: -3, x1: 4, steps: 100, cmp: false } as const;

/** The notes' three experiments, then two surfaces that show what a plain bowl cannot. */
export const PRESETS: readonly Preset[] = [
  { id: 'notes-lr-0.1', patch: { ...NOTES_RUN, lr: 0.1 }, notesPrinted: '[-6.11110793e-10  8.14814391e-10]', notesCell: '34' },
  { id: 'notes-lr-10', patch: { ...NOTES_RUN, lr: 10 }, notesPrinted: '[-2.58983747e+13 -1.29524862e+12]', notesCell: '35' },
  { id: 'notes-lr-1e-10', patch: { ...NOTES_RUN, lr: 1e-10 }, notesPrinted: '[-2.99999994  3.99999992]', notesCell: '36' },
  { id: 'zigzag', patch: { fn: 'elongated', x0: -4.5, x1: 3, lr: 0.9, steps: 100, cmp: false } },
  { id: 'rosenbrock', patch: { fn: 'rosenbrock', x0: -1.5, x1: 2, lr: 0.002, steps: 1000, cmp: false } },
];

/** The notes' printed result for a run with these settings, if the notes ran exactly this. */
export function notesPrintedFor(s: Pick<GradientDescentState, 'fn' | 'x0' | 'x1' | 'lr' | 'steps'>): string | null {
  return notesRunFor(s)?.notesPrinted ?? null;
}

/** The notes' cell number for a run with these settings, if the notes ran exactly this. */
export function notesCellFor(s: Pick<GradientDescentState, 'fn' | 'x0' | 'x1' | 'lr' | 'steps'>): string | null {
  return notesRunFor(s)?.notesCell ?? null;
}

function notesRunFor(s: Pick<GradientDescentState, 'fn' | 'x0' | 'x1' | 'lr' | 'steps'>): Preset | undefined {
  return PRESETS.find((p) => p.notesPrinted && (['fn', 'x0', 'x1', 'lr', 'steps'] as const).every((k) => p.patch[k] === s[k]));
}
