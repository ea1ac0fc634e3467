/**
 * The race's one-click presets, chosen from measurement (scripts/bench-rates.ts: the lab's own session,
 * 784-50-10, batch 100, 1000 iterations, backprop, seeds 42, 1, 2, 3). What each rate does there:
 * 0.01 creeps (73–76 %), 0.1 learns (92 %), 0.5 and 1 learn best (94–96 %, though 1 already kills
 * 17–26 of the 50 hidden units), 2–4 stall near ln 10 with 49–50 units dead (10–21 %), 10 saturates
 * at a loss near −log δ (10–21 %). None of them diverges.
 */
export const RACE_PRESETS = {
  regimes: [0.01, 0.1, 3],
  break: [0.5, 1, 2, 4],
  failures: [0.1, 3, 10],
} as const;

export type RacePreset = keyof typeof RACE_PRESETS;

/** The race a link opens without rates of its own: too small, about right, too large. */
export const DEFAULT_RACE: readonly number[] = RACE_PRESETS.regimes;
