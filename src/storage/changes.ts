/**
 * Tells other tabs of the same app that a store changed, so that a model saved in one tab appears in
 * the other's list without a reload. Messages carry only the store's name; readers reload from storage.
 */
import type { StoreName } from './db';

const CHANNEL = 'nnlab.storage';

interface ChangeMessage {
  store: StoreName;
}

let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Announces to the other tabs that `store` changed. */
export function announceChange(store: StoreName): void {
  open()?.postMessage({ store } satisfies ChangeMessage);
}

/** Calls `listener` whenever another tab changes `store`; returns the unsubscribe function. */
export function onOtherTabChange(store: StoreName, listener: () => void): () => void {
  const target = open();
  if (!target) return () => {};
  const handler = (event: MessageEvent<ChangeMessage>) => {
    if (event.data?.store === store) listener();
  };
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}
