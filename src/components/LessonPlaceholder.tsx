import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';

/** Said plainly on a lesson whose widgets are not built yet. */
export function LessonPlaceholder() {
  const t = useText(common);
  return (
    <section className="placeholder" aria-labelledby="placeholder-title">
      <h2 id="placeholder-title">{t.notBuiltTitle}</h2>
      <p>{t.notBuiltBody}</p>
    </section>
  );
}
