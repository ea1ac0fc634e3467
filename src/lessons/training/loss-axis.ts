/** Tick steps the loss axis chooses from: the smallest that needs at most MAX_TICKS intervals. */
const TICK_STEPS = [0.25, 0.5, 1, 2, 2.5, 5];
const MAX_TICKS = 8;

/** The top of the loss axis and its ticks for the highest finite value drawn: 0 … top in steps from TICK_STEPS. */
export function lossAxis(highest: number): { top: number; ticks: number[] } {
  const value = Number.isFinite(highest) && highest > 0 ? highest : 0.5;
  const step = TICK_STEPS.find((s) => Math.ceil(value / s) <= MAX_TICKS) ?? Math.ceil(value / MAX_TICKS);
  const top = Math.max(step, Math.ceil(value / step) * step);
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, k) => Number((k * step).toFixed(2))) };
}
