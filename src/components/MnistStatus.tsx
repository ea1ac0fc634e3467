import { useEffect } from 'react';
import { describeLoadError, formatBytes } from '../data/describe';
import { mnistText } from '../data/text';
import { useLanguage, localeOf } from '../i18n/language';
import { fmt, useText } from '../i18n/use-text';
import { useMnist } from '../state/mnist';
import './mnist-data.css';

/**
 * Starts the MNIST download if nothing is loaded yet and shows where it is: percent and bytes while
 * loading, the dataset's size when ready, and any failure in the current language with a retry.
 */
export function MnistStatus() {
  const t = useText(mnistText);
  const lang = useLanguage((s) => s.lang);
  const status = useMnist((s) => s.status);
  const loaded = useMnist((s) => s.loadedBytes);
  const total = useMnist((s) => s.totalBytes);
  const dataset = useMnist((s) => s.dataset);
  const error = useMnist((s) => s.error);
  const readingFiles = useMnist((s) => s.readingFiles);
  const load = useMnist((s) => s.load);

  useEffect(() => {
    // Failures land in the store as `error`; the promise is for callers that need the data.
    load().catch(() => undefined);
  }, [load]);

  const percent = total > 0 ? Math.min(100, Math.floor((100 * loaded) / total)) : 0;
  const locale = localeOf(lang);

  return (
    <div className="mnist-status" aria-live="polite">
      {status === 'loading' && !dataset && (
        <div className="mnist-progress">
          {total > 0 ? <progress max={100} value={percent} aria-label={t.progressLabel} /> : <progress aria-label={t.progressLabel} />}
          <span>
            {total > 0
              ? fmt(t.loadingData, { percent, loaded: formatBytes(loaded, lang), total: formatBytes(total, lang) })
              : fmt(t.loadingStarted, { loaded: formatBytes(loaded, lang) })}
          </span>
        </div>
      )}
      {dataset && (
        <p className="mnist-ready">
          {fmt(t.ready, { name: dataset.name, train: dataset.train.count.toLocaleString(locale), test: dataset.test.count.toLocaleString(locale) })}
        </p>
      )}
      {readingFiles && <p>{t.readingFiles}</p>}
      {error && (
        <div className="notice notice-error" role="alert">
          <strong>{dataset ? t.filesFailed : t.loadFailed}</strong> {describeLoadError(error, lang)}
          {!dataset && status === 'error' && (
            <button type="button" onClick={() => load().catch(() => undefined)}>
              {t.retry}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
