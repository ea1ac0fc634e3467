import { useOfflineStatus } from './offline-status';

/**
 * Registers the build's service worker (made by vite-plugin-pwa, which precaches the app and keeps
 * MNIST and the fonts in caches of their own as they are used). The worker takes over as soon as it is installed, but the open page keeps the code it
 * started with: a new build is used from the next load, so a running lesson is never reloaded under
 * a class. The dev server has no service worker.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  } catch {
    // Without a service worker the app still works online; private windows may refuse one.
    return;
  }
  // Browsers (and test harnesses) that block service workers may resolve with nothing.
  if (!registration) return;
  const watched = new WeakSet<ServiceWorker>();
  const watch = (incoming: ServiceWorker | null) => {
    if (!incoming || watched.has(incoming)) return;
    watched.add(incoming);
    incoming.addEventListener('statechange', () => {
      if (incoming.state === 'activated') useOfflineStatus.setState({ status: hadController ? 'updated' : 'ready' });
    });
  };
  // The first install may already be under way when register() resolves.
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}
