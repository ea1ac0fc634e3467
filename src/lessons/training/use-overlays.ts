import { useMemo } from 'react';
import { PALETTE } from '../../components/palette';
import { runName } from '../../components/runs/run-name';
import { useLanguage } from '../../i18n/language';
import type { RunAccuracyPoint, RunLossPoint } from '../../state/run-record';
import { useRuns } from '../../state/runs';
import { useTraining } from '../../state/training';

/** One kept run's lane as a line on the lab's charts. */
export interface OverlayLine {
  key: string;
  name: string;
  color: string;
  loss: RunLossPoint[];
  accuracy: RunAccuracyPoint[];
}

/**
 * The kept runs ticked in the run history, one line per lane, coloured after the live run's lanes.
 * They come in the order they were ticked, so ticking one more never recolours the lines already
 * shown. The live run's own record is left out while the live run is on the charts, so it is not
 * drawn twice.
 */
export function useOverlays(): OverlayLine[] {
  const runs = useRuns((s) => s.runs);
  const selected = useRuns((s) => s.selected);
  const latest = useRuns((s) => s.latest);
  const runId = useTraining((s) => s.runId);
  const liveLanes = useTraining((s) => s.lanes.length);
  const lang = useLanguage((s) => s.lang);
  return useMemo(() => {
    const hidden = liveLanes > 0 && latest?.runId === runId ? latest.id : null;
    const lines: OverlayLine[] = [];
    for (const id of selected) {
      const run = runs.find((kept) => kept.id === id);
      if (!run || run.id === hidden) continue;
      const name = runName(run, lang);
      run.lanes.forEach((lane, k) => {
        lines.push({
          key: `${run.id}-${k}`,
          name: run.lanes.length === 1 ? name : `${name} · η = ${lane.learningRate}`,
          color: PALETTE[(liveLanes + lines.length) % PALETTE.length],
          loss: lane.loss,
          accuracy: lane.accuracy,
        });
      });
    }
    return lines;
  }, [runs, selected, latest, runId, liveLanes, lang]);
}
