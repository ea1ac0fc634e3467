import { useRoute } from './route';
import { queryString } from './query';

/**
 * Presenter mode lives in the address (`?present=1`) rather than in storage, so the projector's
 * reloaded or bookmarked page opens in it and a student's own visit never does; the link the Share
 * dialog hands out leaves it out.
 */
export const PRESENT_KEY = 'present';
/** In presenter mode, how many of the lesson's sections are revealed (1-based), so a link opens at a step. */
export const STEP_KEY = 'step';

/** The revealed step a query string asks for: a whole number ≥ 1, or 1 when absent or invalid. */
export function stepOf(search: string): number {
  const raw = new URLSearchParams(search).get(STEP_KEY);
  const step = raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(step) && step >= 1 ? step : 1;
}

/** The query string at another step, other keys untouched. */
export function withStep(search: string, step: number): string {
  const query = new URLSearchParams(search);
  query.set(STEP_KEY, String(step));
  return queryString(query);
}

/** Whether a query string asks for presenter mode. */
export function isPresenting(search: string): boolean {
  return new URLSearchParams(search).get(PRESENT_KEY) === '1';
}

/** The query string with presenter mode switched on or off (off forgets the step), page keys untouched. */
export function withPresenting(search: string, on: boolean): string {
  const query = new URLSearchParams(search);
  if (on) query.set(PRESENT_KEY, '1');
  else {
    query.delete(PRESENT_KEY);
    query.delete(STEP_KEY);
  }
  return queryString(query);
}

/** A link to a lesson that keeps presenter mode when it is on. */
export function lessonHref(slug: string, presenting: boolean): string {
  return presenting ? `#/${slug}?${PRESENT_KEY}=1` : `#/${slug}`;
}

/** [presenting, setPresenting] for the current route. */
export function usePresenter(): [boolean, (on: boolean) => void] {
  const presenting = useRoute((s) => isPresenting(s.search));
  const setPresenting = (on: boolean) => {
    const { search, replaceSearch } = useRoute.getState();
    replaceSearch(withPresenting(search, on));
  };
  return [presenting, setPresenting];
}
