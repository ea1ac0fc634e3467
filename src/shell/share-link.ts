import { PRESENT_KEY, STEP_KEY } from '../state/presenter';
import { parseHash } from '../state/route';

/** Keys that describe how the presenter sees a page, not the page: a shared link leaves them out. */
export const PRESENTER_ONLY_KEYS: readonly string[] = [PRESENT_KEY, STEP_KEY];

/** The link students should open: the page and its settings, without the presenter's view keys. */
export function shareLink(href: string): string {
  const url = new URL(href);
  const { path, search } = parseHash(url.hash);
  // Filtered as written, not re-encoded, so "rates=0.01,0.1" stays as readable as it was.
  const rest = search.split('&').filter((part) => part !== '' && !PRESENTER_ONLY_KEYS.includes(part.split('=')[0])).join('&');
  url.hash = `/${path}${rest ? `?${rest}` : ''}`;
  return url.href;
}
