/// <reference lib="webworker" />
/** A helper worker: computes the shares of the incremental numerical gradient that the training worker sends it. */
import { answerShare } from './helper-link';
import type { ShareRequest, ToHelper } from '../protocol/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ToHelper>) => {
  const port = event.data.port;
  port.onmessage = (message: MessageEvent<ShareRequest>) => {
    const { answer, transfer } = answerShare(message.data);
    port.postMessage(answer, transfer);
  };
};
