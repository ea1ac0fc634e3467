import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';

/** Tells the user that parts of a shared link were ignored, and which. */
export function UrlWarning({ keys }: { keys: readonly PropertyKey[] }) {
  const t = useText(common);
  if (keys.length === 0) return null;
  return (
    <p className="notice notice-warning" role="status">
      {fmt(t.urlReset, { keys: keys.map(String).join(', ') })}
    </p>
  );
}
