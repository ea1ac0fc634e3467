import type { ReactNode } from 'react';
import './vector.css';
import { NumberField } from '../NumberField';

interface VectorEditorProps {
  values: readonly number[];
  /** Called with a valid value in [0, 1] for entry k. */
  onChange: (k: number, value: number) => void;
  /** Accessible name of entry k's slider and number field. */
  entryLabel: (k: number) => string;
  /** Visible name of row k, e.g. ŷ₂. */
  rowLabel: (k: number) => ReactNode;
  /** Header cells: row, slider + field, and the extra column. */
  headers: [string, string, string];
  /** A computed value shown at the end of row k. */
  extra: (k: number) => ReactNode;
  /** Row to emphasise (the true class). */
  highlight: number;
}

/** One slider and one validated number field per entry of a vector in [0, 1]. */
export function VectorEditor({ values, onChange, entryLabel, rowLabel, headers, extra, highlight }: VectorEditorProps) {
  return (
    <div className="vector-editor" role="group" aria-label={headers[1]}>
      <div className="vector-row vector-head" aria-hidden="true">
        <span>{headers[0]}</span>
        <span>{headers[1]}</span>
        <span className="vector-extra">{headers[2]}</span>
      </div>
      {values.map((v, k) => (
        <div key={k} className={k === highlight ? 'vector-row highlighted' : 'vector-row'}>
          <span className="vector-label">{rowLabel(k)}</span>
          <span className="vector-inputs">
            <input
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={v}
              aria-label={entryLabel(k)}
              aria-valuetext={String(v)}
              onChange={(e) => onChange(k, Number(e.target.value))}
            />
            <NumberField className="vector-field" label={entryLabel(k)} value={v} min={0} max={1} onChange={(x) => onChange(k, x)} />
          </span>
          <span className="vector-extra value">{extra(k)}</span>
        </div>
      ))}
    </div>
  );
}
