/**
 * A short NumPy version of a widget's computation, written for this app, so a student holding the
 * notes can map a cell onto the widget. `output` is what it prints; a unit test beside each lesson's
 * snippets checks that the TypeScript the widget runs prints the same numbers.
 */
export interface NumpySnippet {
  /** The notes' cell it corresponds to ("33"), or "" for one the notes leave unnumbered. */
  cell?: string;
  code: string;
  output: string;
}

/** `() => import('./numpy').then((m) => m.mse)`: fetched only when someone asks for the NumPy tab. */
export type SnippetLoader = () => Promise<NumpySnippet>;
