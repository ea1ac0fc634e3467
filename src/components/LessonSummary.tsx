import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';
import { RichText } from './RichText';

interface LessonSummaryProps {
  /** Three things the student can now do or explain. */
  points: readonly string[];
  /** What comes next and why it needs this lesson. */
  bridge: string;
  /** The next lesson's address and title, or none for a bridge out of the app. */
  next?: { href: string; title: string };
}

/** "이 단원에서 배운 것": three points, then the bridge to what comes next. */
export function LessonSummary({ points, bridge, next }: LessonSummaryProps) {
  const t = useText(common);
  return (
    <section className="lesson-summary" aria-labelledby="lesson-summary-title">
      <h2 id="lesson-summary-title">{t.learnedTitle}</h2>
      <ul>
        {points.map((point) => <li key={point}><RichText text={point} /></li>)}
      </ul>
      <p className="bridge">
        <RichText text={bridge} />
        {next && <> <a href={next.href}>{next.title} →</a></>}
      </p>
    </section>
  );
}
