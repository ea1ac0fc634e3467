import type { GradientDescentState } from './url-state';

export type PresetId = 'notes-lr-0.1' | 'notes-lr-10' | 'notes-lr-1e-10' | 'notes-side-by-side' | 'zigzag' | 'rosenbrock';

export interface Preset {
  id: PresetId;
  patch: Partial<GradientDescentState>;
  /** What the notes print for this run, when it is one of theirs. */
  notesPrinted?: string;
  /** The notes' cell that ran it (In [34] …). */
  notesCell?: string;
}

const NOTES_RUN = { fn: 'bowl', x0: -3, x1: 4, steps: 100, cmp: false } as const;

/** The notes' three experiments, the three at once in compare mode, then two surfaces that show what a plain bowl cannot. */
export const PRESETS: readonly Preset[] = [
  { id: 'notes-lr-0.1', patch: { ...NOTES_RUN, lr: 0.1 }, notesPrinted: '[-6.11110793e-10  8.14814391e-10]', notesCell: '34' },
  { id: 'notes-lr-10', patch: { ...NOTES_RUN, lr: 10 }, notesPrinted: '[-2.58983747e+13 -1.29524862e+12]', notesCell: '35' },
  { id: 'notes-lr-1e-10', patch: { ...NOTES_RUN, lr: 1e-10 }, notesPrinted: '[-2.99999994  3.99999992]', notesCell: '36' },
  // Too small, right, too large: the order of the compare table and the chart's legend.
  { id: 'notes-side-by-side', patch: { fn: 'bowl', x0: -3, x1: 4, steps: 100, cmp: true, rates: [1e-10, 0.1, 10] } },
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

/** Whether the page's state is what a preset sets (its rates compared one by one). */
export function isPresetActive(preset: Preset, state: GradientDescentState): boolean {
  return Object.entries(preset.patch).every(([key, value]) => {
    const current = state[key as keyof GradientDescentState];
    return Array.isArray(value) && Array.isArray(current) ? value.length === current.length && value.every((v, i) => v === current[i]) : current === value;
  });
}
