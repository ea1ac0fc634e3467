import { useEffect, useRef, useState } from 'react';
import { fmt, useText } from '../i18n/use-text';
import { useRoute } from '../state/route';
import { QrCode } from './QrCode';
import { shareLink } from './share-link';
import { classroomText } from './text-classroom';

/**
 * A modal with the page's link, a copy button and the link as a QR code big enough for a projector:
 * on a landscape screen the code takes the full height beside the text, so nothing needs scrolling.
 */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useText(classroomText);
  const dialog = useRef<HTMLDialogElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  // Follows the page: a setting changed behind the dialog changes the link and the code.
  useRoute((s) => `${s.path}?${s.search}`);
  const link = shareLink(location.href);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The dialog opens at its top with nothing selected, and Enter copies (a modal focuses its first field).
    copyButton.current?.focus({ preventScroll: true });
    return () => element?.close();
  }, []);

  const copyLink = () => {
    if (!navigator.clipboard) {
      setCopy('failed');
      return;
    }
    navigator.clipboard.writeText(link).then(() => setCopy('copied'), () => setCopy('failed'));
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <QrCode text={link} label={fmt(t.qrLabel, { url: link })} />
      <div className="share-side">
        <h2 id="share-title">{t.shareTitle}</h2>
        <p>{t.shareBody}</p>
        <label className="share-link">
          <span>{t.shareLink}</span>
          {/* A text area, so that the whole link wraps into view instead of scrolling inside a field. */}
          <textarea readOnly rows={3} value={link} data-testid="share-link" spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p role="status" className="share-copy-status">{copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}</p>
        <div className="share-actions">
          <button ref={copyButton} type="button" className="primary" onClick={copyLink}>{t.copy}</button>
          <button type="button" onClick={() => dialog.current?.close()}>{t.close}</button>
        </div>
      </div>
    </dialog>
  );
}
