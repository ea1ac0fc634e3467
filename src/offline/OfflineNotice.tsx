import { useEffect } from 'react';
import { useText } from '../i18n/use-text';
import { useOfflineStatus } from './offline-status';
import { offlineText } from './text';
import './offline.css';

/** How long the "works offline" note stays; the update note stays until closed. */
const READY_VISIBLE_MS = 8000;

/** A small corner note when the app has become available offline or a new version is waiting. */
export function OfflineNotice() {
  const t = useText(offlineText);
  const status = useOfflineStatus((s) => s.status);
  const dismiss = useOfflineStatus((s) => s.dismiss);

  useEffect(() => {
    if (status !== 'ready') return;
    const timer = window.setTimeout(dismiss, READY_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status, dismiss]);

  return (
    <div role="status" className="offline-notice-region">
      {status !== 'none' && (
        <div className="offline-notice" data-testid={`offline-${status}`}>
          <p>{status === 'ready' ? t.ready : t.updated}</p>
          <div className="offline-notice-actions">
            {status === 'updated' && (
              <button type="button" className="primary" onClick={() => window.location.reload()}>{t.reloadNow}</button>
            )}
            <button type="button" onClick={dismiss} aria-label={t.dismiss}>×</button>
          </div>
        </div>
      )}
    </div>
  );
}
