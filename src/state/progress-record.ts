import { LESSON_SLUGS, type LessonSlug } from './lesson-slugs';
import { ALL_CHECK_KEYS, checkKey, LESSON_CHECKS } from './lesson-checks';

/** A committed answer to one check: what was chosen or typed, whether it was right, and when (ms). */
export interface Answer {
  value: string;
  correct: boolean;
  at: number;
}

/**
 * What the device keeps of a student's progress. Every mark carries its time, so two tabs' records
 * merge mark by mark, and a reset (resetAt) removes everything older than itself in every tab.
 */
export interface ProgressRecord {
  visited: Partial<Record<LessonSlug, number>>;
  answers: Record<string, Answer>;
  resetAt: number;
}

export type LessonProgress = 'new' | 'visited' | 'completed';

export const EMPTY_PROGRESS: ProgressRecord = { visited: {}, answers: {}, resetAt: 0 };

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function answerFrom(value: unknown): Answer | null {
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Record<string, unknown>;
  if (typeof a.value !== 'string' || a.value.length > 200 || typeof a.correct !== 'boolean' || !isTime(a.at)) return null;
  return { value: a.value, correct: a.correct, at: a.at };
}

/**
 * A record from anything found in storage: the current shape, or version 1's lists of visited and
 * completed lessons (whose "completed" meant "scrolled to the end", so it counts as a visit now).
 * Unknown lessons, unknown checks and malformed entries are dropped.
 */
export function recordFrom(value: unknown): ProgressRecord {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const visited: ProgressRecord['visited'] = {};
  if (Array.isArray(v.visited) || Array.isArray(v.completed)) {
    const listed = [v.visited, v.completed].flatMap((list) => (Array.isArray(list) ? list : []));
    for (const slug of LESSON_SLUGS) if (listed.includes(slug)) visited[slug] = 1;
    return { visited, answers: {}, resetAt: 0 };
  }
  const rawVisited = (typeof v.visited === 'object' && v.visited !== null ? v.visited : {}) as Record<string, unknown>;
  for (const slug of LESSON_SLUGS) {
    const at = rawVisited[slug];
    if (isTime(at)) visited[slug] = at;
  }
  const rawAnswers = (typeof v.answers === 'object' && v.answers !== null ? v.answers : {}) as Record<string, unknown>;
  const answers: Record<string, Answer> = {};
  for (const key of ALL_CHECK_KEYS) {
    const answer = answerFrom(rawAnswers[key]);
    if (answer) answers[key] = answer;
  }
  return { visited, answers, resetAt: isTime(v.resetAt) ? v.resetAt : 0 };
}

/** Two records as one: every mark either has, the later of two answers to the same check, nothing older than the later reset. */
export function mergeProgress(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  const resetAt = Math.max(a.resetAt, b.resetAt);
  const visited: ProgressRecord['visited'] = {};
  for (const slug of LESSON_SLUGS) {
    const at = Math.max(a.visited[slug] ?? -1, b.visited[slug] ?? -1);
    if (at > resetAt) visited[slug] = at;
  }
  const answers: Record<string, Answer> = {};
  for (const key of ALL_CHECK_KEYS) {
    const [p, q] = [a.answers[key], b.answers[key]];
    const later = p && q ? (q.at > p.at ? q : p) : (p ?? q);
    if (later && later.at > resetAt) answers[key] = later;
  }
  return { visited, answers, resetAt };
}

/** How many of a lesson's checks have an answer, out of how many. */
export function answeredIn(record: ProgressRecord, slug: LessonSlug): { answered: number; total: number } {
  const ids: readonly string[] = LESSON_CHECKS[slug];
  return { answered: ids.filter((id) => record.answers[checkKey(slug, id)]).length, total: ids.length };
}

/** Where a student stands in one lesson: finished once every check is answered. */
export function progressOf(record: ProgressRecord, slug: LessonSlug): LessonProgress {
  const { answered, total } = answeredIn(record, slug);
  if (answered === total) return 'completed';
  return answered > 0 || record.visited[slug] !== undefined ? 'visited' : 'new';
}
