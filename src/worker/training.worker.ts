/// <reference lib="webworker" />
/** The training worker: a thin adapter between worker messages and the RunController. */
import type { FromWorker, ToWorker } from '../protocol/protocol';
import { RunController } from './run-controller';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// A MessageChannel task runs right after queued messages, without the 4 ms clamp of nested timers.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const controller = new RunController({
  post: (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<ToWorker>) => controller.handle(event.data);
