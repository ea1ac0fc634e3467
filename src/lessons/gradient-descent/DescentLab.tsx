import { useMemo, useState } from 'react';
import { PALETTE } from '../../components/palette';
import { CodeView } from '../../components/CodeView';
import { fmt, useText } from '../../i18n/use-text';
const gradientSource = () => import('../../lib/gradient.ts?raw');
const numpyFormatSource = () => import('../../lib/descent/numpy-format.ts?raw');
import { AnimationBar } from './AnimationBar';
import { ContourPlot, type PlotRun } from './ContourPlot';
import { DescentControls } from './DescentControls';
import { FValueChart } from './FValueChart';
import { notesCellFor, notesPrintedFor } from './presets';
import { RatesEditor } from './RatesEditor';
import { RunSummary } from './RunSummary';
import { useDescentRuns } from './use-descent-run';
import { useStepAnimation } from './use-step-animation';
import type { GradientDescentState } from './url-state';
import { widgetText } from './text-widgets';

/** The plot and the run's results, which a check's "show me" brings into view. */
export const DESCENT_VIEW_ID = 'gd-view';

interface DescentLabProps {
  state: GradientDescentState;
  update: (patch: Partial<GradientDescentState>) => void;
}

/** Compare mode gives each rate its palette colour; a single run keeps one colour whatever its rate. */
function runColour(compare: boolean, i: number): string {
  return compare ? PALETTE[i % PALETTE.length] : PALETTE[1];
}

/** The playground: controls, contour plot with paths, play/step/reset, the printed result, f per step. */
export function DescentLab({ state, update }: DescentLabProps) {
  const t = useText(widgetText);
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const start: [number, number] = draft ?? [state.x0, state.x1];
  const rates = state.cmp ? state.rates : [state.lr];
  const runs = useDescentRuns(state.fn, start, rates, state.steps);
  const runKey = `${state.fn}|${start.join(',')}|${rates.join(',')}|${state.steps}`;
  const anim = useStepAnimation(state.steps, runKey);
  // Kept stable across animation frames so the chart does not rebuild its 1000-point series each frame.
  const series = useMemo(
    () => runs.map((r, i) => ({ name: fmt(t.seriesName, { lr: r.lr }), color: runColour(state.cmp, i), path: r.path })),
    [runs, state.cmp, t],
  );
  const plotRuns: PlotRun[] = runs.map((r, i) => ({ key: `${i}:${r.lr}`, path: r.path, upTo: anim.shown, color: runColour(state.cmp, i) }));

  return (
    <div className="widget gd-lab">
      <DescentControls state={state} update={update} />
      <div className="widget-row">
        <button type="button" aria-pressed={state.cmp} onClick={() => update({ cmp: !state.cmp })}>{t.compareToggle}</button>
      </div>
      <div className="two-columns" id={DESCENT_VIEW_ID}>
        <div>
          <ContourPlot surface={state.fn} runs={plotRuns} start={start} onStartDraft={setDraft} onStart={([x0, x1]) => update({ x0, x1 })} />
          <AnimationBar anim={anim} total={state.steps} />
        </div>
        <div>
          {state.cmp
            ? <RatesEditor fn={state.fn} runs={runs} onRates={(r) => update({ rates: r })} />
            : <RunSummary fn={state.fn} lr={state.lr} path={runs[0].path} shown={anim.shown} notesPrinted={notesPrintedFor({ ...state, x0: start[0], x1: start[1] })} notesCell={notesCellFor({ ...state, x0: start[0], x1: start[1] })} />}
          <FValueChart fn={state.fn} shown={anim.shown} series={series} />
        </div>
      </div>
      <CodeView source={gradientSource} fileName="src/lib/gradient.ts" from="export function numericalGradient" numpy={() => import('./numpy').then((m) => m.descent)} />
      <CodeView source={numpyFormatSource} fileName="src/lib/descent/numpy-format.ts" numpy={() => import('./numpy').then((m) => m.printing)} />
    </div>
  );
}
