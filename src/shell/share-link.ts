import { PRESENT_KEY, STEP_KEY } from '../state/presenter';
import { bareCommas } from '../state/query';
import { parseHash } from '../state/route';

/** Keys that describe how the presenter sees a page, not the page: a shared link leaves them out. */
export const PRESENTER_ONLY_KEYS: readonly string[] = [PRESENT_KEY, STEP_KEY];

/**
 * The link students should open: the page and its settings, without the presenter's view keys, and
 * with bare commas ("y=0.1,0.05") where an older link still has "%2C": the two read back the same, and
 * only the bare one can be read off a slide or typed from it.
 */
export function shareLink(href: string): string {
  const url = new URL(href);
  const { path, search } = parseHash(url.hash);
  // Filtered as written, not re-encoded, so that nothing else in a value changes.
  const rest = bareCommas(search.split('&').filter((part) => part !== '' && !PRESENTER_ONLY_KEYS.includes(part.split('=')[0])).join('&'));
  url.hash = `/${path}${rest ? `?${rest}` : ''}`;
  return url.href;
}
