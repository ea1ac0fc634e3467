/// <reference lib="webworker" />
/** A helper worker: answers the training worker's requests (gradient shares, batch augmentations) over its port. */
import { answerRequest } from './helper-link';
import type { HelperRequest, ToHelper } from '../protocol/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ToHelper>) => {
  const port = event.data.port;
  port.onmessage = (message: MessageEvent<HelperRequest>) => {
    const { answer, transfer } = answerRequest(message.data);
    port.postMessage(answer, transfer);
  };
};
