import { Check } from '../../components/check/Check';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { useText } from '../../i18n/use-text';
import { linkNames, useUrlState } from '../../state/url-state';
import { CLASSES } from '../notes-loss-example';
import { CHECKS } from './checks';
import { MseWidget } from './MseWidget';
import { checksText } from './text-checks';
import { mseText } from './text';
import { mseUrlTable } from './url-state';

const RSS_MSE = String.raw`\begin{aligned}\text{RSS}(w) &\triangleq \sum_{n=1}^{N} \left(y_n - w^{T}x_n\right)^2 \\ \text{MSE}(w) &\triangleq \frac{1}{N}\,\text{RSS}(w)\end{aligned}`;
const MSE_CLASSIFIER = String.raw`\text{MSE}(\hat y, y) = \frac{1}{K}\sum_{k=1}^{K}\left(\hat y_k - y_k\right)^2`;

export default function Page() {
  const text = useText(mseText);
  const shared = useText(common);
  const tc = useText(checksText);
  const [state, update, invalid] = useUrlState(mseUrlTable);
  const notation = [
    { tex: 'y_n,\\ y_k', meaning: text['n.y'], code: 'x' },
    { tex: String.raw`w^{T}x_n,\ \hat y_k`, meaning: text['n.pred'], code: 'y' },
    { tex: 'x_n', meaning: text['n.x'], code: '—' },
    { tex: 'N', meaning: text['n.N'], code: 'np.mean' },
  ];
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(mseUrlTable, { y: text.headPrediction, t: text.trueClass, full: text.fullPrecision })} />
      <section aria-labelledby="mse-what">
        <div className="prose">
          <h2 id="mse-what">{text.whatTitle}</h2>
          <P text={text.whatBody} />
          <p>{text.formulaIntro}</p>
          <Formula tex={RSS_MSE} display />
          <P text={text.classifierIntro} />
          <Formula tex={MSE_CLASSIFIER} display />
        </div>
        <NotationBox rows={notation} />
      </section>
      <section aria-labelledby="mse-try">
        <h2 id="mse-try">{text.tryTitle}</h2>
        <Check slug="mse" spec={CHECKS.worst} text={tc} onShow={() => update({ y: Array.from({ length: CLASSES }, (_, k) => (k === (state.t + 1) % CLASSES ? 1 : 0)) })} showTarget="mse-widget" />
        <Check slug="mse" spec={CHECKS.uniform} text={tc} onShow={() => update({ y: Array.from({ length: CLASSES }, () => 0.1) })} showTarget="mse-widget" />
        <p className="prose">{text.tryBody}</p>
        <div id="mse-widget">
          <MseWidget y={state.y} t={state.t} full={state.full} onChange={update} />
        </div>
        <p className="prose">{text.precisionNote}</p>
        <p className="prose">{text.bookHalf}</p>
      </section>
      <aside className="callout prose">
        <h3>{text.argsTitle}</h3>
        <p>{text.argsBody}</p>
      </aside>
      <LessonSummary points={[text.learned1, text.learned2, text.learned3]} bridge={text.bridge} next={{ href: '#/cee', title: shared['lesson.cee'] }} />
    </>
  );
}
