import { common } from '../i18n/text';
import { linkFields, pageLinkFields, type LinkFieldPage } from '../i18n/link-fields';
import { defineText, fmt, useText } from '../i18n/use-text';

const fieldText = defineText({
  ko: { field: '{name}({key})' },
  en: { field: '{name} ({key})' },
});

interface UrlWarningProps {
  /** The link's names of the settings that were ignored. */
  keys: readonly PropertyKey[];
  /** What the page calls each setting, by its name in the link; a setting without one is listed by that name alone. */
  names?: Readonly<Record<string, string>>;
  /** A page whose names come from the shared table of link fields instead (names given here win). */
  page?: LinkFieldPage;
}

/** Tells the user that parts of a shared link were ignored, and which: by the name the page gives each, with the link's own. */
export function UrlWarning({ keys, names = {}, page }: UrlWarningProps) {
  const t = useText(common);
  const f = useText(fieldText);
  const shared = useText(linkFields);
  if (keys.length === 0) return null;
  const known = page === undefined ? names : { ...pageLinkFields(shared, page), ...names };
  const listed = keys.map(String).map((key) => (Object.hasOwn(known, key) ? fmt(f.field, { name: known[key], key }) : key));
  return (
    <p className="notice notice-warning" role="status">
      {fmt(t.urlReset, { keys: listed.join(', ') })}
    </p>
  );
}
