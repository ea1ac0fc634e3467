/**
 * Owns the training worker and its gradient helpers: creates them on first use, gives the worker
 * the data set once, and terminates them on restart. It knows nothing of runs or stores.
 */
import type { Dataset } from '../lib/mnist/types';
import { dataParts } from '../protocol/data-parts';
import type { FromWorker, PageEndpoint, ToHelper, ToWorker } from '../protocol/protocol';
import type { WorkerEvents, WorkerLink } from './client-deps';

/** The incremental numerical gradient is split between the training worker and up to this many helpers. */
const MAX_HELPERS = 3;
/**
 * Cores left to the page and the training worker before a helper takes gradient shares: on a 2-core
 * machine the numerical method on both cores would starve the page. One helper always exists, to
 * augment the next batch while the training worker computes the current one: that work is short and
 * leaves the page time to draw.
 */
const RESERVED_CORES = 2;

export class WorkerHandle implements WorkerLink {
  private worker: (Worker & PageEndpoint) | null = null;
  private helpers: Worker[] = [];
  private sent: Dataset | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly events: WorkerEvents) {}

  /** The data set the current worker holds (or is receiving), if any. */
  get dataset(): Dataset | null {
    return this.sent;
  }

  /** Whether a worker exists now (commands would otherwise create one). */
  get alive(): boolean {
    return this.worker !== null;
  }

  send(message: ToWorker, transfer: Transferable[] = []): void {
    this.ensure().postMessage(message, transfer);
  }

  /**
   * Gives the worker its own copy of the data set once per worker, in slices posted one task apart,
   * so the page never stalls on one 47 MB copy. Await it before a command that needs the data.
   */
  sendData(dataset: Dataset): Promise<void> {
    if (this.sent === dataset) return this.sending;
    this.sent = dataset;
    const target = this.ensure();
    this.sending = (async () => {
      for (const { message, transfer } of dataParts(dataset)) {
        if (this.worker !== target) return;
        target.postMessage(message, transfer);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return this.sending;
  }

  /** Terminates the worker (whatever it is doing) and forgets it; the next command creates a fresh one. */
  restart(): void {
    this.worker?.terminate();
    this.helpers.forEach((helper) => helper.terminate());
    this.helpers = [];
    this.worker = null;
    this.sent = null;
    this.sending = Promise.resolve();
  }

  private ensure(): Worker & PageEndpoint {
    if (this.worker) return this.worker;
    const created = new Worker(new URL('../worker/training.worker.ts', import.meta.url), { type: 'module', name: 'training' });
    created.onmessage = (event: MessageEvent<FromWorker>) => this.events.message(event.data);
    created.onerror = (event) => {
      event.preventDefault();
      this.events.crash(event.message || 'worker error');
    };
    this.worker = created;
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
    const sharing = Math.min(MAX_HELPERS, cores - RESERVED_CORES);
    for (let k = 0; k < Math.max(1, sharing); k++) {
      const helper = new Worker(new URL('../worker/gradient-helper.worker.ts', import.meta.url), { type: 'module', name: `gradient-helper-${k + 1}` });
      helper.onerror = created.onerror;
      const channel = new MessageChannel();
      const connect: ToHelper = { type: 'connect', port: channel.port2 };
      helper.postMessage(connect, [channel.port2]);
      const link: ToWorker = { type: 'connect-helper', port: channel.port1, shares: k < sharing };
      created.postMessage(link, [channel.port1]);
      this.helpers.push(helper);
    }
    return created;
  }
}
