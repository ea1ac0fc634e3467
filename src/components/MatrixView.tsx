import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { defineText, fmt, useText } from '../i18n/use-text';
import { useNumberDraft } from './use-number-draft';
import './MatrixView.css';
import { formatCell, heatColours, type HeatScale } from './heat-map';
import { PALETTE } from './palette';

const text = defineText({
  ko: {
    cell: '{label} {row}행 {col}열',
    legendDiverging: '색: 파랑은 음수, 주황은 양수, 진할수록 절댓값이 큽니다.',
    legendSequential: '색: 진한 파랑일수록 값이 큽니다.',
  },
  en: {
    cell: '{label} row {row}, column {col}',
    legendDiverging: 'Colour: blue is negative, orange is positive; the deeper, the larger the magnitude.',
    legendSequential: 'Colour: the deeper the blue, the larger the value.',
  },
});

export interface MatrixViewProps {
  /** Caption and accessible name of the table, e.g. "W" or "∂L/∂W". */
  label: string;
  /** rows × cols values, row-major. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Decimals shown in read-only cells (default 4). */
  decimals?: number;
  /** 'diverging' (default): blue below 0, orange above. 'sequential': white to blue from 0 up. */
  scale?: HeatScale;
  /** The magnitude that gets the full colour; default: the largest |value| shown. */
  range?: number;
  /** Makes every cell a text input; called only with valid numbers in [min, max]. */
  onCellChange?: (row: number, col: number, value: number) => void;
  min?: number;
  max?: number;
  /** A cell to outline, e.g. the predicted class. */
  highlight?: { row: number; col: number };
  /** Shows a one-line explanation of the colours under the table. */
  legend?: boolean;
}

/** A labelled matrix with heat-map colouring; optionally every cell is editable from the keyboard. */
export function MatrixView(props: MatrixViewProps) {
  const { label, values, rows, cols, rowLabels, colLabels, decimals = 4, scale = 'diverging', onCellChange, highlight, legend } = props;
  const t = useText(text);
  const tableId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  let largest = 0;
  for (let i = 0; i < rows * cols; i++) if (Number.isFinite(values[i])) largest = Math.max(largest, Math.abs(values[i]));
  const range = props.range ?? largest;

  const setError = (key: string, message: string | null) =>
    setErrors((prev) => {
      if (message === null && !(key in prev)) return prev;
      const next = { ...prev };
      if (message === null) delete next[key];
      else next[key] = message;
      return next;
    });

  const moveFocus = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const target = e.key === 'ArrowUp' ? row - 1 : e.key === 'ArrowDown' ? row + 1 : -1;
    if (target < 0 || target >= rows) return;
    e.preventDefault();
    document.getElementById(`${tableId}-${target}-${col}`)?.focus();
  };

  return (
    <div className="matrix-view">
      <table className="data matrix-table">
        <caption>{label}</caption>
        {colLabels && (
          <thead>
            <tr>
              {rowLabels && <td />}
              {colLabels.map((c) => <th key={c} scope="col">{c}</th>)}
            </tr>
          </thead>
        )}
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              {rowLabels && <th scope="row">{rowLabels[i]}</th>}
              {Array.from({ length: cols }, (_, j) => {
                const value = values[i * cols + j];
                const colours = heatColours(value, range, scale);
                const outlined = highlight?.row === i && highlight.col === j;
                return (
                  <td key={j} style={{ ...colours, outline: outlined ? `3px solid ${PALETTE[7]}` : undefined, outlineOffset: '-3px' }}>
                    {onCellChange ? (
                      <CellInput
                        id={`${tableId}-${i}-${j}`}
                        name={fmt(t.cell, { label, row: i + 1, col: j + 1 })}
                        value={value}
                        min={props.min}
                        max={props.max}
                        onChange={(v) => onCellChange(i, j, v)}
                        onError={(message) => setError(`${i},${j}`, message)}
                        onKeyDown={(e) => moveFocus(e, i, j)}
                      />
                    ) : (
                      <span className="value">{formatCell(value, decimals)}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {Object.keys(errors).length > 0 && (
        <ul className="field-error matrix-errors" role="alert">
          {Object.entries(errors).map(([key, message]) => <li key={key}>{message}</li>)}
        </ul>
      )}
      {legend && <p className="matrix-legend">{scale === 'diverging' ? t.legendDiverging : t.legendSequential}</p>}
    </div>
  );
}

interface CellInputProps {
  id: string;
  name: string;
  value: number;
  min?: number;
  max?: number;
  onChange: (value: number) => void;
  onError: (message: string | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/** Up to 8 significant digits: exact for the notes' printed weights, short enough for a phone. */
const editableText = (value: number) => String(Number(value.toPrecision(8)));

function CellInput({ id, name, value, min, max, onChange, onError, onKeyDown }: CellInputProps) {
  const { message, inputProps } = useNumberDraft(value, { min, max }, onChange, editableText);

  // The table shows one message for all cells; this cell owns it while its draft is invalid.
  useEffect(() => {
    onError(message ? `${name}: ${message}` : null);
    // onError is a fresh closure each render; only a new message should change what is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [message, name]);

  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      className="matrix-cell-input value"
      aria-label={name}
      {...inputProps}
      onKeyDown={(e) => {
        inputProps.onKeyDown(e);
        onKeyDown(e);
      }}
    />
  );
}
