import { useId, useMemo } from 'react';
import { MatrixView } from '../../components/MatrixView';
import { fmt, useText } from '../../i18n/use-text';
import { NOTES_SIMPLE_NET, SimpleNet } from '../../lib/nets/simple-net';
import { createRng } from '../../lib/random';
import { MAX_SEED } from '../../lib/random';
import { INPUT_SYMBOLS, VALUE_LIMIT, type NetworkGradientState } from './params';
import { SeedField } from './SeedField';
import { text } from './text';

interface NetworkInputsProps {
  state: NetworkGradientState;
  update: (patch: Partial<NetworkGradientState>) => void;
}

/** W, x, the seed W is drawn from and the true class: the inputs of simpleNet, all editable. */
export function NetworkInputs({ state, update }: NetworkInputsProps) {
  const classGroup = useId();
  const seedHint = useId();
  const t = useText(text);
  const classLabels = [0, 1, 2].map((k) => fmt(t.classOption, { k }));
  const drawW = (seed: number) => update({ seed, w: Array.from(SimpleNet.random(createRng(seed)).W.data) });
  // The seed field names a seed only while W is the one that seed draws.
  const drawn = useMemo(() => SimpleNet.random(createRng(state.seed)).W.data, [state.seed]);
  const fromSeed = state.w.every((w, n) => w === drawn[n]);
  const notesW = NOTES_SIMPLE_NET.W.flat().every((w, n) => w === state.w[n]);
  const setW = (i: number, j: number, value: number) => update({ w: state.w.map((w, n) => (n === i * 3 + j ? value : w)) });
  const setX = (_: number, j: number, value: number) => update({ x: state.x.map((x, n) => (n === j ? value : x)) });
  const loadNotes = () => update({ w: NOTES_SIMPLE_NET.W.flat(), x: [...NOTES_SIMPLE_NET.x], t: NOTES_SIMPLE_NET.t.indexOf(1) });

  return (
    <div className="ng-inputs">
      <div className="widget-row">
        <SeedField label={t.seed} seed={fromSeed ? state.seed : null} hintId={seedHint} onDraw={drawW} />
        <button type="button" onClick={() => drawW(state.seed >= MAX_SEED ? 0 : state.seed + 1)}>{t.newW}</button>
        <button type="button" onClick={loadNotes}>{t.notesPreset}</button>
      </div>
      {!fromSeed && <p id={seedHint} className="ng-seed-hint">{notesW ? t.seedNotesW : t.seedEditedW}</p>}
      <div className="ng-matrices">
        <MatrixView
          label={t.wLabel}
          values={state.w}
          rows={2}
          cols={3}
          rowLabels={INPUT_SYMBOLS}
          colLabels={classLabels}
          min={-VALUE_LIMIT}
          max={VALUE_LIMIT}
          onCellChange={setW}
          legend
        />
        <MatrixView
          label={t.xLabel}
          values={state.x}
          rows={1}
          cols={2}
          colLabels={INPUT_SYMBOLS}
          min={-VALUE_LIMIT}
          max={VALUE_LIMIT}
          onCellChange={setX}
        />
      </div>
      <fieldset className="ng-classes">
        <legend>{t.trueClass}</legend>
        {classLabels.map((label, k) => (
          <label key={k}>
            <input type="radio" name={classGroup} value={k} checked={state.t === k} onChange={() => update({ t: k })} />
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
