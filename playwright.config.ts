import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * A port nobody listens on, asked of the system once. The runner stores it in E2E_PORT, which its
 * worker processes inherit, so all of them reach the same server; a server that `npm start` runs on
 * 4173 is never reused or fought over.
 */
function freePort(): number {
  const script = "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

process.env.E2E_PORT ||= String(freePort());
// End-to-end tests run Debian's Chromium (never a downloaded browser) against the production build.
const port = Number(process.env.E2E_PORT);
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // Per-build output folder so parallel runs against different builds do not wipe each other's results.
  outputDir: `test-results/${outDir}`,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    // Always a server of our own, on our own port: never whatever happens to be served there.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
