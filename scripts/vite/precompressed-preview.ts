import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { Plugin } from 'vite';

/**
 * `vite preview` compresses on the fly with gzip only. The build also writes a brotli copy of every
 * text asset beside it (`index-….js.br`, as static hosts expect); this serves that copy to browsers
 * that accept br, and leaves every other request (MNIST's .gz files included) to Vite's own stack.
 */
export function precompressedPreview(): Plugin {
  return {
    name: 'precompressed-preview',
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      const serve = sirv(root, { brotli: true, gzip: false, etag: true, dev: true, extensions: [] });
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '/').split('?')[0]);
        const file = resolve(root, `.${path}`);
        const accepts = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
        if (!accepts || path.endsWith('/') || !file.startsWith(root) || !existsSync(`${file}.br`)) return next();
        serve(request, response, next);
      });
    },
  };
}
