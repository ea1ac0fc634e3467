import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compression } from 'vite-plugin-compression2';
import { BUILD_MANIFEST, FONT_CACHE, FONT_PATH, MNIST_CACHE, MNIST_LESSON_PAGE, MNIST_PATH, NUMPY_SNIPPETS, ON_DEMAND_CACHE, ON_DEMAND_PATH, ON_DEMAND_PREFIX } from './src/offline/cache-names.ts';
import { precompressedPreview } from './scripts/vite/precompressed-preview.ts';

/**
 * The production page may run only its own scripts and talk only to its own origin.
 * style-src keeps 'unsafe-inline' because KaTeX's HTML carries style="…" attributes (strut heights,
 * vertical offsets) and recharts positions its tooltip through style attributes; scripts stay strict.
 * frame-ancestors is left out: browsers ignore it in a meta tag.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Only the build gets the policy: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * A server that labels the MNIST .gz files `Content-Encoding: gzip` (as `vite preview` does) hands
 * the service worker 47 MB of unpacked bytes; the cache keeps the 11 MB gzip instead, which
 * src/data unpacks itself. Runs inside the service worker, so it may use nothing from this file.
 */
const storeGzipped = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (response.status !== 200 || !response.body) return null;
    if (!response.headers.get('Content-Encoding')) return response;
    const packed = await new Response(response.body.pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    const headers = new Headers(response.headers);
    headers.delete('Content-Encoding');
    headers.set('Content-Type', 'application/gzip');
    headers.set('Content-Length', String(packed.byteLength));
    return new Response(packed, { status: 200, statusText: 'OK', headers });
  },
};

// Relative base so the built app works from any static host path (deep links use the hash).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Precaches the app only: shell, lesson chunks and worker code (a few hundred kB). MNIST (11 MB),
    // the pages of the lessons that use it, and KaTeX's fonts are kept in runtime caches as they are
    // first used; src/offline can fetch them ahead for a class, and registers the worker itself.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css}'],
        globIgnores: [`${ON_DEMAND_PREFIX}*`],
        cleanupOutdatedCaches: true,
        // A new build takes over at once (the open page keeps its code; see src/offline/register.ts).
        skipWaiting: true,
        clientsClaim: true,
        navigateFallback: 'index.html',
        runtimeCaching: [
          {
            urlPattern: MNIST_PATH,
            handler: 'CacheFirst',
            options: { cacheName: MNIST_CACHE, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true }, plugins: [storeGzipped] },
          },
          {
            urlPattern: ON_DEMAND_PATH,
            handler: 'CacheFirst',
            options: { cacheName: ON_DEMAND_CACHE, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true } },
          },
          // The stylesheet asks for fonts in CORS mode (with an Origin header) and servers answer
          // `Vary: Origin`: a stored font must match whoever asked for it first.
          {
            urlPattern: FONT_PATH,
            handler: 'CacheFirst',
            options: { cacheName: FONT_CACHE, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true } },
          },
        ],
      },
    }),
    // Brotli copies beside the text assets, for hosts that serve precompressed files (and for
    // `vite preview`, through precompressedPreview).
    compression({ algorithms: ['brotliCompress'], include: /\.(js|css|html|svg|txt)$/, threshold: 1024 }),
    precompressedPreview(),
  ],
  worker: {
    format: 'es',
    // The training workers serve only the MNIST lessons, which load on demand: so do they.
    rolldownOptions: { output: { entryFileNames: `${ON_DEMAND_PREFIX}[name]-[hash].js`, chunkFileNames: `${ON_DEMAND_PREFIX}[name]-[hash].js` } },
  },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    chunkSizeWarningLimit: 1500,
    manifest: BUILD_MANIFEST,
    rollupOptions: {
      output: {
        // A module's text for "show the code" (`import('….ts?raw')`), its NumPy versions, the MNIST
        // lessons' pages and the training client they share, the chart export and the run history
        // get names the precache leaves out.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          if (id.endsWith('?raw')) return `${ON_DEMAND_PREFIX}source-[name]-[hash].js`;
          const snippets = NUMPY_SNIPPETS.exec(id);
          if (snippets) return `${ON_DEMAND_PREFIX}numpy-${snippets[1]}-[hash].js`;
          // Saving a chart as a picture is rare: its code is fetched on the first click, not precached.
          if (id.endsWith('/components/chart-export/save-chart.ts')) return `${ON_DEMAND_PREFIX}chart-export-[hash].js`;
          if (id.endsWith('/state/runs.ts') || chunk.moduleIds.some((module) => module.endsWith('/state/runs.ts'))) return `${ON_DEMAND_PREFIX}run-history-[hash].js`;
          // The training client and its stores are used by the MNIST lessons only (the workers they start, above, likewise).
          if (chunk.moduleIds.some((module) => module.endsWith('/src/training/training.ts'))) return `${ON_DEMAND_PREFIX}training-client-[hash].js`;
          const lesson = MNIST_LESSON_PAGE.exec(id);
          return lesson ? `${ON_DEMAND_PREFIX}lesson-${lesson[1]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
