import { queryString } from './query';

/**
 * Links from before lesson 4 became two pages. The old `#/gradient-descent` page held both numerical
 * differentiation and descent; its differentiation settings now belong to `#/numerical-diff`.
 * Also introduction links from before its opened loop step was renamed.
 */

interface Address {
  path: string;
  search: string;
}

/** The keys the numerical-differentiation page took with it, in its table's order. */
export const MOVED_TO_NUMERICAL_DIFF = ['curve', 'x', 'hexp'] as const;

/** The old page's descent keys: a link with one of these was (also) about descent. */
const OLD_DESCENT_KEYS = ['fn', 'x0', 'x1', 'lr', 'steps', 'cmp', 'rates'];

/** What a left-out key meant on the old page, whose defaults differ from the new page's. */
const OLD_DEFAULTS: Record<(typeof MOVED_TO_NUMERICAL_DIFF)[number], string> = { curve: 'quad', x: '5', hexp: '-4' };

/**
 * The numerical-differentiation settings carried by an old link, written for the new page with the
 * old page's defaults filled in (so the link shows what it showed then), or null when it has none.
 */
export function movedDiffSettings(search: string): string | null {
  const query = new URLSearchParams(search);
  if (!MOVED_TO_NUMERICAL_DIFF.some((key) => query.has(key))) return null;
  const moved = new URLSearchParams();
  for (const key of MOVED_TO_NUMERICAL_DIFF) moved.set(key, query.get(key) ?? OLD_DEFAULTS[key]);
  return queryString(moved);
}

/** The introduction's loop steps, which its links once named `step`, a key presenter mode now owns. */
export const OLD_INTRO_STEPS: readonly string[] = ['minibatch', 'gradient', 'update', 'repeat'];

/** An old introduction link that opened a loop step, with that step under its new name `loop`. */
function renamedIntroStep(search: string): string | null {
  const query = new URLSearchParams(search);
  const step = query.get('step');
  if (step === null || !OLD_INTRO_STEPS.includes(step) || query.has('loop')) return null;
  query.delete('step');
  query.set('loop', step);
  return queryString(query);
}

/**
 * Where an old link should open now: an old lesson-4 link that carries only differentiation settings
 * opens the numerical-differentiation page with them (other keys, such as presenter mode, ride along).
 * A link that also sets descent stays where it is; that page offers the moved settings as a link.
 */
export function redirectOldLink(address: Address): Address | null {
  if (address.path === 'intro') {
    const search = renamedIntroStep(address.search);
    return search === null ? null : { path: 'intro', search };
  }
  if (address.path !== 'gradient-descent') return null;
  const moved = movedDiffSettings(address.search);
  const query = new URLSearchParams(address.search);
  if (moved === null || OLD_DESCENT_KEYS.some((key) => query.has(key))) return null;
  const search = new URLSearchParams(moved);
  for (const [key, value] of query) if (!search.has(key)) search.append(key, value);
  return { path: 'numerical-diff', search: queryString(search) };
}
