// The first visit's cost in bytes: lessons 0–2 opened in a fresh browser context, measured by
// Chromium's own network accounting (CDP), page and service worker together, against the build
// served as `vite preview` serves it (brotli copies where the build has them, gzip otherwise).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { measureFirstVisit } from '../../tests/e2e/network-bytes';
import { freePort } from './free-port';
import { print } from './timing';

export const FIRST_VISIT_BUDGET_BYTES = 500_000;
const LESSONS = ['intro', 'mse', 'cee'];

function preview(outDir: string, port: number): Promise<ChildProcess> {
  const vite = join(process.cwd(), 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => { if (chunk.toString().includes(String(port))) resolve(server); });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

/** Prints the bytes of a first visit to each of lessons 0–2 and whether each is within the budget. */
export async function benchFirstVisits(browser: Browser, outDir: string): Promise<void> {
  const port = await freePort();
  const server = await preview(outDir, port);
  try {
    print(`First visit, fresh browser context (page + service worker, CDP network accounting; budget ${FIRST_VISIT_BUDGET_BYTES / 1000} kB):`);
    for (const slug of LESSONS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const visit = await measureFirstVisit(context, page, `http://127.0.0.1:${port}/#/${slug}`);
      await context.close();
      const verdict = visit.total <= FIRST_VISIT_BUDGET_BYTES && visit.mnistRequests === 0 ? 'within budget' : 'OVER BUDGET';
      print(`  #/${slug.padEnd(5)} ${(visit.total / 1000).toFixed(1).padStart(6)} kB  (page ${(visit.page / 1000).toFixed(1)} kB, service worker ${((visit.serviceWorker + visit.workerScripts) / 1000).toFixed(1)} kB, MNIST requests ${visit.mnistRequests})  ${verdict}`);
    }
  } finally {
    server.kill();
  }
}
