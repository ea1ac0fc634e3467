import { common } from '../i18n/text';
import { defineText, fmt, useText } from '../i18n/use-text';

// Quoted, because a control's name may carry its own brackets: “Batch size N (1–1000)” (n).
const fieldText = defineText({
  ko: { field: '‘{name}’({key})' },
  en: { field: '“{name}” ({key})' },
});

interface UrlWarningProps {
  /** The link's names of the settings that were ignored. */
  keys: readonly PropertyKey[];
  /** What the page calls each setting, by its name in the link (see `linkNames`); a setting without one is listed by that name alone. */
  names: Readonly<Record<string, string>>;
}

/** Tells the user that parts of a shared link were ignored, and which: by the name the page gives each, with the link's own. */
export function UrlWarning({ keys, names }: UrlWarningProps) {
  const t = useText(common);
  const f = useText(fieldText);
  if (keys.length === 0) return null;
  const listed = keys.map(String).map((key) => (Object.hasOwn(names, key) ? fmt(f.field, { name: names[key], key }) : key));
  return (
    <p className="notice notice-warning" role="status">
      {fmt(t.urlReset, { keys: listed.join(', ') })}
    </p>
  );
}
