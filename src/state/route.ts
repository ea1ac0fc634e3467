import { create } from 'zustand';
import { redirectOldLink } from './legacy-links';

/**
 * Hash routing: `#/<lesson>?<state>`. A hash survives a reload on any static host,
 * so every lesson and every shared demo is a plain link.
 */
export interface Route {
  path: string;
  search: string;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const rawPath = q < 0 ? body : body.slice(0, q);
  const path = rawPath.replace(/^\/+|\/+$/g, '');
  return { path, search: q < 0 ? '' : body.slice(q + 1) };
}

/** The address bar's route; an old link is rewritten in place to the page that now holds its settings. */
function currentRoute(): Route {
  if (typeof location === 'undefined') return { path: '', search: '' };
  const route = parseHash(location.hash);
  const moved = redirectOldLink(route);
  if (!moved) return route;
  history.replaceState(history.state, '', `#/${moved.path}${moved.search ? `?${moved.search}` : ''}`);
  return moved;
}

interface RouteState extends Route {
  /** Opens a lesson (a new history entry), optionally with state. */
  navigate: (path: string, search?: string) => void;
  /** Replaces the current page's state in the URL without a new history entry. */
  replaceSearch: (search: string) => void;
}

export const useRoute = create<RouteState>()((set, get) => ({
  ...currentRoute(),
  navigate: (path, search = '') => {
    const hash = `#/${path}${search ? `?${search}` : ''}`;
    if (location.hash !== hash) location.hash = hash;
    set({ path, search });
  },
  replaceSearch: (search) => {
    if (search === get().search) return;
    const hash = `#/${get().path}${search ? `?${search}` : ''}`;
    history.replaceState(history.state, '', hash);
    set({ search });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useRoute.setState(currentRoute()));
}
