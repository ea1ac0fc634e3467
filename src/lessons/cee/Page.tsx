import { Check } from '../../components/check/Check';
import { Veil } from '../../components/check/Veil';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { useText } from '../../i18n/use-text';
import { CEE_DELTA, crossEntropyError } from '../../lib/losses';
import { linkNames, useUrlState } from '../../state/url-state';
import { CLASSES, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';
import './cee.css';
import { CeeWidget } from './CeeWidget';
import { CHECKS } from './checks';
import { LogCurve } from './LogCurve';
import { MseVsCee } from './MseVsCee';
import { scenarioPrediction } from './scenarios';
import { checksText } from './text-checks';
import { ceeText } from './text';
import { ceeUrlTable } from './url-state';

const CEE_FORMULA = String.raw`\text{CEE}(w) \triangleq -\sum_{k=1}^{K} y_k \log \hat y_k`;
const CEE_ONE_HOT = String.raw`\text{CEE} = -\log \hat y_{t}`;
const CEE_WITH_DELTA = String.raw`-\sum_{k=1}^{K} y_k \log\left(\hat y_k + \delta\right), \quad \delta = 10^{-7}`;

export default function Page() {
  const text = useText(ceeText);
  const shared = useText(common);
  const tc = useText(checksText);
  const [state, update, invalid] = useUrlState(ceeUrlTable);
  const loss = crossEntropyError(state.y, state.t, state.delta ? CEE_DELTA : 0);
  const notation = [
    { tex: 'y_k', meaning: text['n.y'], code: 'y_true' },
    { tex: String.raw`\hat y_k`, meaning: text['n.yhat'], code: 'y_pred' },
    { tex: 't', meaning: text['n.t'], code: 'np.argmax(y_true)' },
    { tex: String.raw`\delta`, meaning: text['n.delta'], code: 'delta = 1e-7' },
  ];
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(ceeUrlTable, { y: text.headProbability, t: text.trueClass, delta: text.deltaToggle })} />
      <section aria-labelledby="cee-what">
        <div className="prose">
          <h2 id="cee-what">{text.whatTitle}</h2>
          <P text={text.whatBody} />
          <Formula tex={CEE_FORMULA} display />
          <P text={text.oneHotBody} />
          <Formula tex={CEE_ONE_HOT} display />
        </div>
        <NotationBox rows={notation} />
      </section>
      <section aria-labelledby="cee-try">
        <h2 id="cee-try">{text.tryTitle}</h2>
        <Check slug="cee" spec={CHECKS.tenth} text={tc} onShow={() => update({ y: Array.from({ length: CLASSES }, () => 0.1) })} showTarget="cee-widget" />
        <Check slug="cee" spec={CHECKS['numpy-nan']} text={tc} onShow={() => update({ y: [...NOTES_PREDICTION], t: NOTES_TRUE_CLASS, delta: false })} showTarget="cee-widget" />
        <p className="prose">{text.tryBody}</p>
        <div id="cee-widget">
          <CeeWidget y={state.y} t={state.t} delta={state.delta} onChange={update} />
        </div>
        <div className="prose">
          <P text={text.deltaBody} />
          <Formula tex={CEE_WITH_DELTA} display />
          <p>{text.deltaShift}</p>
        </div>
      </section>
      <section aria-labelledby="cee-curve">
        <h2 id="cee-curve">{text.curveTitle}</h2>
        <p className="prose">{text.curveBody}</p>
        <div className="widget">
          <LogCurve probability={state.y[state.t]} loss={loss} />
        </div>
      </section>
      <section aria-labelledby="cee-compare">
        <h2 id="cee-compare">{text.compareTitle}</h2>
        <Check slug="cee" spec={CHECKS.confident} text={tc} onShow={() => update({ y: scenarioPrediction('certainWrong', state.t) })} showTarget="cee-compare-widget" />
        <p className="prose">{text.compareBody}</p>
        <Veil slug="cee" checks={['confident']}>
          <div id="cee-compare-widget">
            <MseVsCee y={state.y} t={state.t} delta={state.delta} onLoad={(y) => update({ y })} />
          </div>
          <p className="prose">{text.compareAnswer}</p>
        </Veil>
      </section>
      <LessonSummary points={[text.learned1, text.learned2, text.learned3]} bridge={text.bridge} next={{ href: '#/minibatch', title: shared['lesson.minibatch'] }} />
    </>
  );
}
