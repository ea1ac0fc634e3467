import type { Lang } from '../../i18n/language';
import { fmt, textFor } from '../../i18n/use-text';
import { uniqueSuffix } from '../../state/model-history';
import { defaultRunName, type RunRecord } from '../../state/run-record';
import { methodName } from '../method-name';
import { runText } from './text';

/**
 * A kept run's name in `lang`. The history stores a default name in one fixed form (defaultRunName, also
 * in exported files), so a name still in that form is the app's and is written in the reader's language;
 * a name the user gave stays exactly as typed.
 */
export function runName(run: Pick<RunRecord, 'name' | 'settings' | 'iterations'>, lang: Lang): string {
  const { settings } = run;
  // Runs with the notes' softmax kept before their default name carried the mark still count as named by the app.
  const unmarked = settings.softmax === 'batch' ? defaultRunName({ ...run, settings: { ...settings, softmax: 'row' } }) : null;
  const suffix = uniqueSuffix(run.name, defaultRunName(run)) ?? (unmarked === null ? null : uniqueSuffix(run.name, unmarked));
  if (suffix === null) return run.name;
  const t = textFor(runText, lang);
  const name = fmt(t.defaultName, {
    method: methodName(settings.method, lang), rates: settings.learningRates.join(' / '), seed: settings.seed, iterations: run.iterations.toLocaleString('en-US'),
  });
  return (settings.softmax === 'batch' ? fmt(t.defaultNameBatchSoftmax, { name }) : name) + suffix;
}
