import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { useUrlState } from '../../state/url-state';
import { MseWidget } from './MseWidget';
import { mseText } from './text';
import { mseUrlTable } from './url-state';

const RSS_MSE = String.raw`\begin{aligned}\text{RSS}(w) &\triangleq \sum_{n=1}^{N} \left(y_n - w^{T}x_n\right)^2 \\ \text{MSE}(w) &\triangleq \frac{1}{N}\,\text{RSS}(w)\end{aligned}`;
const MSE_CLASSIFIER = String.raw`\text{MSE}(\hat y, t) = \frac{1}{K}\sum_{k=1}^{K}\left(\hat y_k - t_k\right)^2`;

export default function Page() {
  const text = useText(mseText);
  const [state, update, invalid] = useUrlState(mseUrlTable);
  return (
    <>
      <UrlWarning keys={invalid} />
      <section className="prose">
        <h2>{text.whatTitle}</h2>
        <p>{text.whatBody}</p>
        <p>{text.formulaIntro}</p>
        <Formula tex={RSS_MSE} display />
        <p>{text.classifierIntro}</p>
        <Formula tex={MSE_CLASSIFIER} display />
      </section>
      <section>
        <h2>{text.tryTitle}</h2>
        <p className="prose">{text.tryBody}</p>
        <MseWidget y={state.y} t={state.t} full={state.full} onChange={update} />
        <p className="prose">{text.precisionNote}</p>
      </section>
      <aside className="callout prose">
        <h3>{text.argsTitle}</h3>
        <p>{text.argsBody}</p>
      </aside>
    </>
  );
}
