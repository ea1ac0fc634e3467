import { useRef, useState, type ReactNode } from 'react';
import { useText } from '../../i18n/use-text';
import type { LessonSlug } from '../../state/lesson-slugs';
import { checkKey } from '../../state/lesson-checks';
import { useProgress } from '../../state/progress';
import { checkText } from './text';

interface VeilProps {
  slug: LessonSlug;
  /** The checks whose answer this content gives away; it clears once all of them are answered. */
  checks: readonly string[];
  children: ReactNode;
}

/**
 * Blurs prose or a readout that would answer a check above it, until the student has answered.
 * Only the look changes: the content stays in the page, readable by a screen reader in reading
 * order (after the question) and usable; a click on the note, or reaching into the content, clears it
 * without answering.
 */
export function Veil({ slug, checks, children }: VeilProps) {
  const t = useText(checkText);
  const answered = useProgress((s) => checks.every((id) => s.answers[checkKey(slug, id)] !== undefined));
  const [peeked, setPeeked] = useState(false);
  const content = useRef<HTMLDivElement>(null);
  const veiled = !answered && !peeked;
  // One tree whether veiled or not, so clearing it never remounts the content or drops its focus.
  return (
    <div className={veiled ? 'check-veil' : undefined}>
      {veiled && (
        <p className="check-veil-note">
          <span>{t.veiled}</span>{' '}
          <button
            type="button"
            onClick={() => {
              setPeeked(true);
              // The button goes away with the veil; focus moves on to what it uncovered rather than to the page's start.
              requestAnimationFrame(() => content.current?.focus({ preventScroll: true }));
            }}
          >
            {t.unveil}
          </button>
        </p>
      )}
      {/* Reaching into it (a click, a tab) is a choice to look, so that clears it too. */}
      <div ref={content} tabIndex={-1} className={veiled ? 'check-veil-content check-veiled' : 'check-veil-content'} onFocusCapture={() => setPeeked(true)} onPointerDownCapture={() => setPeeked(true)}>
        {children}
      </div>
    </div>
  );
}
