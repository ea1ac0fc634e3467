/**
 * The model of a run in progress, written now and then while it trains, one record per tab. A run that
 * ends normally removes its draft; a draft whose tab is gone (reloaded, closed, navigated away) is what
 * that run had learnt when the page was left, and the next page to load takes it into the history.
 * A tab proves it is alive by holding a Web Lock named after it.
 */
import { deleteRecord, putRecord, updateRecords } from '../storage/db';
import { readTrainedModel, type TrainedModel } from './trained-model';

const LOCK_PREFIX = 'nnlab.tab.';
/** Without Web Locks, a draft this old is taken to belong to a tab that is gone. */
const ORPHAN_AFTER_MS = 60 * 60 * 1000;

const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

const locks = (): LockManager | null => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null);

// Held for the life of the page; released by the browser when the page goes.
const holding: Promise<void> = new Promise((held) => {
  const manager = locks();
  if (!manager) return held();
  void manager.request(LOCK_PREFIX + tabId, () => {
    held();
    return new Promise<never>(() => {});
  }).catch(() => held());
});

/** Writes and removals of this tab's draft, in the order they were asked for. */
let queue: Promise<unknown> = Promise.resolve();
const enqueue = (task: () => Promise<unknown>) => {
  queue = queue.then(task).catch(() => undefined);
  return queue;
};

/** Replaces this tab's draft (failures are left unsaid: the run itself still ends with a kept model or a message). */
export function keepDraft(model: TrainedModel): Promise<unknown> {
  return enqueue(async () => {
    await holding;
    await putRecord('drafts', { id: tabId, savedAt: Date.now(), model });
  });
}

export function dropDraft(): Promise<unknown> {
  return enqueue(() => deleteRecord('drafts', tabId));
}

async function liveTabs(): Promise<Set<string> | null> {
  const manager = locks();
  if (!manager) return null;
  const { held = [] } = await manager.query();
  return new Set(held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
}

/** Takes (removes and returns) the drafts of tabs that are gone; another tab can never take the same one. */
export async function takeOrphanDrafts(now = Date.now()): Promise<TrainedModel[]> {
  await holding;
  const live = await liveTabs();
  return updateRecords('drafts', (raw) => {
    const orphans = raw.filter((value): value is { id: string; savedAt: number; model: unknown } => {
      if (typeof value !== 'object' || value === null) return false;
      const { id, savedAt } = value as Record<string, unknown>;
      if (typeof id !== 'string' || id === tabId) return false;
      return live ? !live.has(id) : typeof savedAt !== 'number' || now - savedAt > ORPHAN_AFTER_MS;
    });
    const models = orphans.map((o) => readTrainedModel(o.model)).flatMap((read) => ('model' in read ? [read.model] : []));
    return { put: [], remove: orphans.map((o) => o.id), result: models };
  });
}
