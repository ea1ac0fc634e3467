import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useMnist } from '../state/mnist';
import { keepLoadedFiles, keepLoadedMnist } from './offline-data-store';
import { OfflineNotice } from './OfflineNotice';
import { registerServiceWorker } from './register';

// A root of its own beside the app's, so the shell needs no change to carry the notice.
const host = document.createElement('div');
host.id = 'offline-notice';
document.body.append(host);
createRoot(host).render(
  <StrictMode>
    <OfflineNotice />
  </StrictMode>,
);
void registerServiceWorker().then(keepLoadedFiles).catch(() => undefined);

// MNIST that a lesson loaded is kept for offline use, even when it came before the service worker.
useMnist.subscribe((state, previous) => {
  if (state.status === 'ready' && previous.status !== 'ready' && state.source === 'bundled') void keepLoadedMnist().catch(() => undefined);
});
