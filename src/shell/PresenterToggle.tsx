import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';
import { usePresenter } from '../state/presenter';

/** Switches presenter mode for projectors; the state lives in the link so a shared URL opens in it. */
export function PresenterToggle() {
  const t = useText(common);
  const [presenting, setPresenting] = usePresenter();
  return (
    <button type="button" className="presenter-toggle" aria-pressed={presenting} onClick={() => setPresenting(!presenting)}>
      {t.presenter}
    </button>
  );
}
