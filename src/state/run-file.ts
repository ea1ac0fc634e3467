/**
 * Runs as files: the history (or part of it) as JSON to carry to another browser and back, and one
 * run's series as CSV for a spreadsheet. Reading a file never touches the history: it returns the runs
 * it holds, or what is wrong with it, and the caller decides.
 */
import { readRunRecord, type RunRecord } from './run-record';

export const RUN_FILE_FORMAT = 'nnlab.runs';
/** A hundred long races as JSON stay well under this. */
export const MAX_RUN_FILE_BYTES = 20 * 1024 * 1024;

export type RunFileProblem = { problem: 'too-large' } | { problem: 'not-json' } | { problem: 'not-runs' } | { problem: 'invalid'; entries: number[] };

export function runFileText(runs: readonly RunRecord[]): string {
  return JSON.stringify({ format: RUN_FILE_FORMAT, version: 1, runs }, null, 1);
}

/** The runs of a file's text, or why there are none: every entry must be a valid run, or nothing is taken. */
export function readRunFile(text: string): { runs: RunRecord[] } | RunFileProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== RUN_FILE_FORMAT) return { problem: 'not-runs' };
  const entries = (parsed as { runs?: unknown }).runs;
  if (!Array.isArray(entries) || entries.length === 0) return { problem: 'not-runs' };
  const runs = entries.map(readRunRecord);
  const invalid = runs.flatMap((run, k) => (run === null ? [k + 1] : []));
  if (invalid.length > 0) return { problem: 'invalid', entries: invalid };
  return { runs: runs as RunRecord[] };
}

export async function readRunsFromFile(file: Blob): Promise<{ runs: RunRecord[] } | RunFileProblem> {
  if (file.size > MAX_RUN_FILE_BYTES) return { problem: 'too-large' };
  return readRunFile(await file.text());
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * One row per lane and iteration that has a loss or an accuracy: the loss is the mean batch loss of the
 * bucket ending at that iteration, the accuracies are on the fixed evaluation subsets.
 */
export function runCsvText(run: RunRecord): string {
  const rows = ['lane,learning_rate,iteration,mean_loss,smoothed_loss,train_accuracy,test_accuracy'];
  run.lanes.forEach((lane, k) => {
    const byIteration = new Map<number, { loss?: number | null; smooth?: number | null; train?: number; test?: number }>();
    for (const p of lane.loss) byIteration.set(p.iteration, { loss: p.loss, smooth: p.smooth });
    for (const p of lane.accuracy) byIteration.set(p.iteration, { ...byIteration.get(p.iteration), train: p.train, test: p.test });
    for (const [iteration, p] of [...byIteration].sort((a, b) => a[0] - b[0])) {
      rows.push([k + 1, lane.learningRate, iteration, cell(p.loss), cell(p.smooth), cell(p.train), cell(p.test)].join(','));
    }
  });
  return rows.join('\n') + '\n';
}

/** A file name from a run's name: letters, digits and dashes only, so every system accepts it. */
export function runFileName(name: string, extension: 'json' | 'csv'): string {
  const base = name.replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'run'}.${extension}`;
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
