import { useState } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import { movedDiffSettings, MOVED_TO_NUMERICAL_DIFF } from '../../state/legacy-links';
import { useRoute } from '../../state/route';
import { text } from './text';

/**
 * An old link that set both differentiation and descent opens here; its differentiation settings
 * are offered as a link to the page that now holds them. Read once, as the page opens: the first
 * change on this page rewrites the address without them.
 */
export function MovedSettings() {
  const t = useText(text);
  const [opened] = useState(() => {
    const search = useRoute.getState().search;
    return { moved: movedDiffSettings(search), keys: MOVED_TO_NUMERICAL_DIFF.filter((key) => new URLSearchParams(search).has(key)) };
  });
  const { moved, keys } = opened;
  if (moved === null) return null;
  return (
    <p className="notice" role="status">
      {fmt(t.movedNotice, { keys: keys.join(', ') })} <a href={`#/numerical-diff?${moved}`}>{t.movedLink}</a>
    </p>
  );
}
