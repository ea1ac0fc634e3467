import { useState } from 'react';
import { descend, type SimpleNet } from '../../lib/nets/simple-net';
import type { NetworkAnalysis } from './analysis';
import type { DescentPoint } from './DescentCharts';
import { VALUE_LIMIT, type NetworkGradientState } from './params';

/** The path so far, remembered together with the (W, x, t) it ended at. */
interface History {
  endsAt: string;
  points: DescentPoint[];
}

const keyOf = (w: ArrayLike<number>, x: readonly number[], t: number) => JSON.stringify([Array.from(w), x, t]);

function pointOf(net: SimpleNet, x: readonly number[], t: number, step: number): DescentPoint {
  const y = net.probabilities(x);
  return { step, loss: net.loss(x, t), y0: y[0], y1: y[1], y2: y[2] };
}

export interface DescentPath {
  /** The points charted so far, the current W's first when nothing has been stepped from it. */
  points: DescentPoint[];
  /** Takes `steps` steps of W ← W − η·∂L/∂W, with η = `learningRate` (set on the page too) or the page's. */
  run: (steps: number, learningRate?: number) => void;
  /** The last steps were refused: they would take W past ±VALUE_LIMIT. */
  refused: boolean;
}

/**
 * The descent's steps, kept where both the panel and a check's "show me" can take them, so a step
 * taken from either is charted. Any change made elsewhere (a cell, a seed, the preset) starts a new
 * path from the current W.
 */
export function useDescentPath(state: NetworkGradientState, update: (patch: Partial<NetworkGradientState>) => void, analysis: NetworkAnalysis): DescentPath {
  const [history, setHistory] = useState<History | null>(null);
  const here = keyOf(state.w, state.x, state.t);
  // Remembers where a step was refused, so the message goes away once anything changes.
  const [refusedAt, setRefusedAt] = useState<string | null>(null);
  const points = history?.endsAt === here ? history.points : [pointOf(analysis.net, state.x, state.t, 0)];

  const run = (steps: number, learningRate = state.lr) => {
    const nets = descend(analysis.net, state.x, state.t, learningRate, steps).slice(1);
    if (nets.some((net) => net.W.data.some((w) => Math.abs(w) > VALUE_LIMIT))) {
      setRefusedAt(`${here}@${learningRate}`);
      return;
    }
    const last = points[points.length - 1].step;
    const added = nets.map((net, i) => pointOf(net, state.x, state.t, last + i + 1));
    const w = Array.from(nets[nets.length - 1].W.data);
    setHistory({ endsAt: keyOf(w, state.x, state.t), points: [...points, ...added] });
    update(learningRate === state.lr ? { w } : { w, lr: learningRate });
  };

  return { points, run, refused: refusedAt === `${here}@${state.lr}` };
}
