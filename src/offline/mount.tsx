import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
void registerServiceWorker();
