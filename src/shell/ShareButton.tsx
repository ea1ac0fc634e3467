import { lazy, Suspense, useState } from 'react';
import { useText } from '../i18n/use-text';
import { classroomText } from './text-classroom';

// The dialog and its QR encoder load when first opened; the service worker keeps them for offline use.
const ShareDialog = lazy(() => import('./ShareDialog'));

/** The header's share control: the current page's link, to copy or to scan off the projector. */
export function ShareButton() {
  const t = useText(classroomText);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.share}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
