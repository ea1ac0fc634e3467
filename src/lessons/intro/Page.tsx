import { Check } from '../../components/check/Check';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { useText } from '../../i18n/use-text';
import { linkNames, useUrlState } from '../../state/url-state';
import { CHECKS } from './checks';
import { LOOP_DETAIL_ID, LoopMap } from './LoopMap';
import { checksText } from './text-checks';
import { introText } from './text';
import { introUrlTable } from './url-state';

// Two lines, so that a phone shows the whole of each rather than a clipped single line.
const OBJECTIVE = String.raw`\begin{gathered}\hat W = \underset{W}{\arg\min}\; L(W) \\ L(W) = \frac{1}{N}\sum_{n=1}^{N} \ell\big(f(x_n; W),\, t_n\big)\end{gathered}`;

export default function Page() {
  const text = useText(introText);
  const shared = useText(common);
  const tc = useText(checksText);
  const [state, update, invalid] = useUrlState(introUrlTable);
  const notation = [
    { tex: 'W', meaning: text['n.W'], code: "network.params['W1'], …" },
    { tex: 'x_n', meaning: text['n.x'], code: 'x_batch' },
    { tex: 't_n', meaning: text['n.t'], code: 'y_batch, t' },
    { tex: 'f(x; W)', meaning: text['n.f'], code: 'predict(x)' },
    { tex: String.raw`\ell`, meaning: text['n.loss'], code: 'cross_entropy_error' },
    { tex: 'L', meaning: text['n.L'], code: 'loss(x, t)' },
    { tex: String.raw`\eta`, meaning: text['n.eta'], code: 'learning_rate' },
  ];
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(introUrlTable, { step: text.openedStep })} />
      <section aria-labelledby="intro-meaning">
        <div className="prose">
          <h2 id="intro-meaning">{text.meaningTitle}</h2>
          <P text={text.meaningBody} />
          <P text={text.lossBody} />
          <Formula tex={OBJECTIVE} display />
        </div>
        <NotationBox rows={notation} note={text.notationNote} />
        <p className="prose">
          {text.lossLinks} <a href="#/mse">{text.mseLink}</a>, <a href="#/cee">{text.ceeLink}</a>.
        </p>
      </section>
      <section aria-labelledby="intro-loop">
        <h2 id="intro-loop">{text.loopTitle}</h2>
        <p className="prose">{text.loopBody}</p>
        <Check slug="intro" spec={CHECKS.step} text={tc} onShow={() => update({ step: 'update' })} showTarget={LOOP_DETAIL_ID} />
        <Check slug="intro" spec={CHECKS.epochs} text={tc} onShow={() => update({ step: 'repeat' })} showTarget={LOOP_DETAIL_ID} />
        <LoopMap selected={state.step} onSelect={(step) => update({ step })} />
      </section>
      <LessonSummary points={[text.learned1, text.learned2, text.learned3]} bridge={text.bridge} next={{ href: '#/mse', title: shared['lesson.mse'] }} />
    </>
  );
}
