import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { TrainingStatus } from '../state/training-status';
import { warnBeforeLeavingWhileActive } from './leave-warning';

function fakeWindow() {
  const listeners = new Set<EventListenerOrEventListenerObject>();
  return {
    listeners,
    addEventListener: (_: string, listener: EventListenerOrEventListenerObject) => listeners.add(listener),
    removeEventListener: (_: string, listener: EventListenerOrEventListenerObject) => listeners.delete(listener),
  };
}

describe('warnBeforeLeavingWhileActive', () => {
  it('asks before leaving only while a run holds the worker', () => {
    const store = create<{ status: TrainingStatus }>()(() => ({ status: 'idle' }));
    const target = fakeWindow();
    const stop = warnBeforeLeavingWhileActive(store, target as unknown as Window);
    expect(target.listeners.size).toBe(0);
    store.setState({ status: 'running' });
    expect(target.listeners.size).toBe(1);
    store.setState({ status: 'paused' });
    expect(target.listeners.size).toBe(1);
    const event = { defaultPrevented: false, returnValue: undefined as unknown, preventDefault() { this.defaultPrevented = true; } };
    for (const listener of target.listeners) (listener as (e: unknown) => void)(event);
    expect(event.defaultPrevented).toBe(true);
    store.setState({ status: 'stopped' });
    expect(target.listeners.size).toBe(0);
    store.setState({ status: 'running' });
    stop();
    expect(target.listeners.size).toBe(0);
  });
});
