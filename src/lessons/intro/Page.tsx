import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { useUrlState } from '../../state/url-state';
import { LoopMap } from './LoopMap';
import { introText } from './text';
import { introUrlTable } from './url-state';

const OBJECTIVE = String.raw`\hat W = \underset{W}{\arg\min}\; L(W), \qquad L(W) = \frac{1}{N}\sum_{n=1}^{N} \ell\big(f(x_n; W),\, t_n\big)`;

export default function Page() {
  const text = useText(introText);
  const [state, update, invalid] = useUrlState(introUrlTable);
  return (
    <>
      <UrlWarning keys={invalid} />
      <section className="prose">
        <h2>{text.meaningTitle}</h2>
        <p>{text.meaningBody}</p>
        <p>{text.lossBody}</p>
        <Formula tex={OBJECTIVE} display />
        <p>{text.symbols}</p>
        <p>
          {text.lossLinks} <a href="#/mse">{text.mseLink}</a>, <a href="#/cee">{text.ceeLink}</a>.
        </p>
      </section>
      <section>
        <h2>{text.loopTitle}</h2>
        <p className="prose">{text.loopBody}</p>
        <LoopMap selected={state.step} onSelect={(step) => update({ step })} />
      </section>
    </>
  );
}
