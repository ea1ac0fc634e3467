import { fetchIdxBytes } from '../data/fetch-bytes';
import { BUILD_MANIFEST, FONT_CACHE, FONT_PATH, ON_DEMAND_CACHE, ON_DEMAND_PREFIX } from './cache-names';
import type { OfflineDeps } from './offline-data';

/** 60,000 × 28 × 28 bytes plus a header, with room to spare (as the data loader allows). */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** How long to wait for a just-installed service worker to take control of the page. */
const CONTROL_WAIT_MS = 20_000;

/** The woff2 files that the page's @font-face rules name (KaTeX's, from its stylesheet). */
function fontUrls(): string[] {
  const urls = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      for (const match of rule.style.getPropertyValue('src').matchAll(/url\("?([^")]+\.woff2)"?\)/g)) {
        const url = new URL(match[1], sheet.href ?? document.baseURI).href;
        if (FONT_PATH.test(url)) urls.add(url);
      }
    }
  }
  return [...urls];
}

/** The chunks the build made for loading on demand, and the training workers they start, from its manifest. */
async function onDemandUrls(resolve: (path: string) => string): Promise<string[]> {
  const manifest = (await (await fetch(resolve(BUILD_MANIFEST), { cache: 'no-cache' })).json()) as Record<string, { file?: unknown; assets?: unknown }>;
  const files = Object.values(manifest).flatMap((entry) => [entry.file, ...(Array.isArray(entry.assets) ? entry.assets : [])]);
  return [...new Set(files.filter((file): file is string => typeof file === 'string' && file.startsWith(ON_DEMAND_PREFIX)))].map(resolve);
}

/** Whether a service worker controls this page, waiting up to `waitMs` for one that is taking over. */
export async function serviceWorkerInControl(waitMs = CONTROL_WAIT_MS): Promise<boolean> {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false;
  const container = navigator.serviceWorker;
  if (container.controller) return true;
  // Waiting without a limit (to keep what a first visit loaded), a registration still being made
  // counts: a lesson may finish loading MNIST before the worker's script has even arrived.
  const registration = await container.getRegistration().catch(() => undefined);
  if (!registration && Number.isFinite(waitMs)) return false;
  if (container.controller) return true;
  return new Promise<boolean>((resolve) => {
    const timer = Number.isFinite(waitMs) ? window.setTimeout(() => resolve(container.controller !== null), waitMs) : undefined;
    container.addEventListener('controllerchange', () => {
      window.clearTimeout(timer);
      resolve(true);
    }, { once: true });
  });
}

/** Whether this browser can keep anything for offline use at all. */
export function offlineSupported(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';
}

/** The page's real caches, network and fonts; call only where offlineSupported(). */
const resolve = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;

/** Every on-demand chunk and worker of this build, with the cache that keeps them. */
export async function onDemandFiles(): Promise<{ cache: string; url: string }[]> {
  return (await onDemandUrls(resolve)).map((url) => ({ cache: ON_DEMAND_CACHE, url }));
}

export const browserDeps = (): OfflineDeps => ({
  caches,
  resolve,
  download: async (url, onProgress) => {
    await fetchIdxBytes(url, MAX_UNPACKED_BYTES, onProgress);
  },
  fetchSmall: async (url) => {
    const response = await fetch(url);
    await response.arrayBuffer();
  },
  smallFiles: async () => [
    ...fontUrls().map((url) => ({ cache: FONT_CACHE, url })),
    ...(await onDemandFiles()),
  ],
  sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
});
