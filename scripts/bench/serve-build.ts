// The production build for the browser benchmarks: built once into its own folder, served by a tiny
// static server (the MNIST .gz files go out as bytes; the app unpacks them), opened in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import config from '../../playwright.config';

export const OUT_DIR = 'dist-bench';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };

export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function ensureBuild(): void {
  if (existsSync(join(OUT_DIR, 'index.html'))) return;
  say(`Building the app into ${OUT_DIR}/ …`);
  // The bundled MNIST is made by the data step (the prebuild of `npm run build`); without it the
  // build serves no data and every lesson that needs MNIST waits for it forever.
  execFileSync('npm', ['run', 'data'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR } });
}

export function serve(root: string = join(process.cwd(), OUT_DIR)): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

export function launch(): Promise<Browser> {
  const options = config.use?.launchOptions ?? {};
  return chromium.launch({ ...options, executablePath: process.env.CHROMIUM_PATH ?? options.executablePath ?? '/usr/bin/chromium' });
}

/**
 * A browser benchmark's whole life: the build (made if missing), served and opened in Chromium, given
 * to `work`, then closed whatever happens; an error is printed and fails the process.
 */
export function benchInBrowser(work: (browser: Browser, url: string) => Promise<void>): void {
  const run = async () => {
    ensureBuild();
    const { server, url } = await serve();
    const browser = await launch();
    try {
      await work(browser, url);
    } finally {
      await browser.close();
      server.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
