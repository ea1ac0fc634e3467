import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';
import { usePresenter } from '../state/presenter';

/** Switches presenter mode for projectors; it lives in the address, so a reload or a bookmark keeps it (the Share link leaves it out). */
export function PresenterToggle() {
  const t = useText(common);
  const [presenting, setPresenting] = usePresenter();
  return (
    <button type="button" className="presenter-toggle" aria-pressed={presenting} onClick={() => setPresenting(!presenting)}>
      {t.presenter}
    </button>
  );
}
