import { useEffect } from 'react';
import { formatBytes } from '../data/describe';
import { useLanguage } from '../i18n/language';
import { fmt, useText } from '../i18n/use-text';
import { useMnist } from '../state/mnist';
import { useOfflineData } from './offline-data-store';
import { offlineText } from './text';

/** "Prepare this device for offline use": what is stored, a download with progress, and a way to remove it. */
export function OfflinePanel() {
  const t = useText(offlineText);
  const lang = useLanguage((s) => s.lang);
  const status = useOfflineData((s) => s.status);
  const loaded = useOfflineData((s) => s.loaded);
  const total = useOfflineData((s) => s.total);
  const stored = useOfflineData((s) => s.stored);
  const refresh = useOfflineData((s) => s.refresh);
  const prepare = useOfflineData((s) => s.prepare);
  const remove = useOfflineData((s) => s.remove);
  // A lesson that loads MNIST stores it too: look again when it has.
  const mnistStatus = useMnist((s) => s.status);

  useEffect(() => {
    void refresh();
  }, [refresh, mnistStatus]);

  // One button that changes its label and job, so a keyboard user who pressed it keeps focus on it
  // through the download and finds "remove" where "prepare" was.
  const action =
    status === 'absent' || status === 'partial' || status === 'preparing' ? { label: t.prepare, run: prepare, primary: true, busy: status === 'preparing' }
    : status === 'failed' ? { label: t.retry, run: prepare, primary: true, busy: false }
    : status === 'ready' || status === 'removing' ? { label: t.remove, run: remove, primary: false, busy: status === 'removing' }
    : null;
  const percent = total > 0 ? Math.min(100, Math.floor((100 * loaded) / total)) : 0;
  return (
    <section className="offline-panel" aria-labelledby="offline-panel-title">
      <h2 id="offline-panel-title">{t.panelTitle}</h2>
      <p className="offline-why">{t.prepareWhy}</p>
      <p role="status" data-testid="offline-data-status" data-status={status}>
        {status === 'checking' && t.checking}
        {status === 'unavailable' && t.unavailable}
        {status === 'absent' && t.absent}
        {status === 'partial' && stored && fmt(t.partial, { files: stored.files, of: stored.of })}
        {status === 'preparing' && (total > 0
          ? fmt(t.preparing, { percent, loaded: formatBytes(loaded, lang), total: formatBytes(total, lang) })
          : fmt(t.preparingStarted, { loaded: formatBytes(loaded, lang) }))}
        {status === 'ready' && stored && <><span aria-hidden="true">✓ </span>{fmt(t.done, { bytes: formatBytes(stored.bytes, lang) })}</>}
        {status === 'failed' && t.failed}
        {status === 'removing' && t.removing}
      </p>
      {status === 'preparing' && (total > 0 ? <progress max={100} value={percent} aria-label={t.progressLabel} /> : <progress aria-label={t.progressLabel} />)}
      {action && (
        <button type="button" className={action.primary ? 'primary' : undefined} aria-disabled={action.busy || undefined} onClick={action.busy ? undefined : () => void action.run()}>
          {action.label}
        </button>
      )}
      {status === 'partial' && <button type="button" onClick={() => void remove()}>{t.remove}</button>}
    </section>
  );
}
