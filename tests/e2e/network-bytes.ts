import { request as httpRequest } from 'node:http';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One response as Chromium's network accounting (CDP) saw it: bytes on the wire, headers included. */
export interface Transfer {
  target: 'page' | 'service worker';
  url: string;
  bytes: number;
}

interface Finished {
  requestId: string;
  encodedDataLength: number;
}

interface Received {
  requestId: string;
  response: { url: string; fromServiceWorker?: boolean };
}

/**
 * Counts what a page and the workers it starts move over the network, from the browser's own
 * accounting: `Network.loadingFinished.encodedDataLength` on the page's target and on every target
 * attached to it (the service worker, dedicated workers). The page's responses that the service
 * worker answered are left out: whatever the worker fetched for them is counted on its own target.
 */
export class NetworkBytes {
  readonly transfers: Transfer[] = [];
  private pending = new Set<string>();
  private urls = new Map<string, string>();
  private servedByWorker = new Set<string>();
  private nextId = 1;

  private constructor(private readonly session: CDPSession) {}

  static async attach(context: BrowserContext, page: Page): Promise<NetworkBytes> {
    const session = await context.newCDPSession(page);
    const bytes = new NetworkBytes(session);
    bytes.listen('page', 'page', (method, handler) => session.on(method as 'Network.loadingFinished', handler as never));
    // Child targets are reached through the page's session (not flattened), so Playwright's own
    // sessions are left alone; each child pauses on start until its Network domain is on.
    session.on('Target.attachedToTarget', (event) => {
      const child = event.sessionId;
      const target = event.targetInfo.type === 'service_worker' ? 'service worker' : 'page';
      const handlers = new Map<string, (params: unknown) => void>();
      session.on('Target.receivedMessageFromTarget', (message) => {
        if (message.sessionId !== child) return;
        const parsed = JSON.parse(message.message) as { method?: string; params?: unknown };
        if (parsed.method) handlers.get(parsed.method)?.(parsed.params);
      });
      bytes.listen(child, target, (method, handler) => handlers.set(method, handler as (params: unknown) => void));
      for (const method of ['Network.enable', 'Runtime.runIfWaitingForDebugger']) {
        void session.send('Target.sendMessageToTarget', { sessionId: child, message: JSON.stringify({ id: bytes.nextId++, method }) }).catch(() => undefined);
      }
    });
    await session.send('Network.enable');
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
    return bytes;
  }

  private listen(scope: string, target: Transfer['target'], on: (method: string, handler: (params: never) => void) => void): void {
    on('Network.requestWillBeSent', (params: { requestId: string; request: { url: string } }) => {
      this.pending.add(`${scope}/${params.requestId}`);
      this.urls.set(`${scope}/${params.requestId}`, params.request.url);
    });
    on('Network.responseReceived', (params: Received) => {
      if (params.response.fromServiceWorker) this.servedByWorker.add(`${scope}/${params.requestId}`);
    });
    on('Network.loadingFinished', (params: Finished) => {
      const key = `${scope}/${params.requestId}`;
      this.pending.delete(key);
      if (this.servedByWorker.has(key)) return;
      this.transfers.push({ target, url: this.urls.get(key) ?? '', bytes: params.encodedDataLength });
    });
    on('Network.loadingFailed', (params: { requestId: string }) => {
      this.pending.delete(`${scope}/${params.requestId}`);
    });
  }

  /** Requests started and not yet finished or failed. */
  get inFlight(): number {
    return this.pending.size;
  }

  total(target?: Transfer['target']): number {
    return this.transfers.filter((t) => !target || t.target === target).reduce((sum, t) => sum + t.bytes, 0);
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}

/**
 * Bytes on the wire for one GET as Chromium asks for it (same Accept-Encoding), headers included.
 * For the service worker's own scripts, which the browser fetches before any target exists to
 * report them.
 */
export function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let bytes = 0;
      const head = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n${response.rawHeaders.map((v, i) => (i % 2 === 0 ? `${v}: ` : `${v}\r\n`)).join('')}\r\n`;
      response.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      response.on('end', () => resolve(bytes + head.length));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

export interface FirstVisit {
  page: number;
  serviceWorker: number;
  /** sw.js and the Workbox runtime it imports. */
  workerScripts: number;
  total: number;
  /** Requests for MNIST files, by anyone. */
  mnistRequests: number;
  transfers: Transfer[];
}

/**
 * A first visit in a fresh context: open `url`, wait until the service worker has installed (its
 * precache complete) and controls the page, and until no request is left in flight.
 */
export async function measureFirstVisit(context: BrowserContext, page: Page, url: string): Promise<FirstVisit> {
  const bytes = await NetworkBytes.attach(context, page);
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  for (let quiet = 0; quiet < 5; quiet = bytes.inFlight === 0 ? quiet + 1 : 0) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  }
  await bytes.detach();
  const origin = new URL(page.url()).origin;
  const scriptUrls = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const main = registration?.active?.scriptURL ?? '';
    const source = main ? await (await fetch(main)).text() : '';
    const imported = [...source.matchAll(/["'](\.\/workbox-[\w-]+)["']/g)].map((m) => new URL(`${m[1]}.js`, main).href);
    return [main, ...imported].filter((u) => u !== '');
  });
  let workerScripts = 0;
  for (const scriptUrl of scriptUrls) workerScripts += await wireBytes(scriptUrl.replace(new URL(scriptUrl).origin, origin));
  const pageBytes = bytes.total('page');
  const serviceWorker = bytes.total('service worker');
  return {
    page: pageBytes,
    serviceWorker,
    workerScripts,
    total: pageBytes + serviceWorker + workerScripts,
    mnistRequests: bytes.transfers.filter((t) => t.url.includes('/data/mnist/')).length,
    transfers: bytes.transfers,
  };
}
