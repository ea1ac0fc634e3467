import { Check } from '../../components/check/Check';
import { Veil } from '../../components/check/Veil';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { fmt, useText } from '../../i18n/use-text';
const forwardSource = () => import('../../lib/digits/forward.ts?raw');
const preprocessSource = () => import('../../lib/digits/preprocess.ts?raw');
import { linkNames, useUrlState } from '../../state/url-state';
import { CHECKS } from './checks';
import { DigitLab } from './DigitLab';
import { checksText } from './text-checks';
import { drawText } from './text';
import { drawWidgetText } from './text-widgets';
import { drawUrlTable, LAST_TEST_DIGIT } from './url-state';
import './draw.css';

const CENTRE_OF_MASS = String.raw`\bar x = \frac{\sum_{x,y} x\, I(x,y)}{\sum_{x,y} I(x,y)}, \qquad \bar y = \frac{\sum_{x,y} y\, I(x,y)}{\sum_{x,y} I(x,y)}`;
const FORWARD = String.raw`y = \operatorname{softmax}\!\big(\operatorname{ReLU}(x W_1 + b_1)\, W_2 + b_2\big)`;

export default function Page() {
  const text = useText(drawText);
  const [state, update, invalid] = useUrlState(drawUrlTable);
  const tc = useText(checksText);
  const tw = useText(drawWidgetText);
  const notation = [
    { tex: 'I(x, y)', meaning: text['n.I'], code: '—' },
    { tex: 'x', meaning: text['n.x'], code: 'x' },
    { tex: String.raw`W_1, b_1, W_2, b_2`, meaning: text['n.params'], code: "network.params['W1'], …" },
    { tex: 'y', meaning: text['n.y'], code: 'y = predict(x)' },
  ];
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(drawUrlTable, { digit: fmt(tw.testIndex, { last: LAST_TEST_DIGIT }), hidden: tw.hiddenToggle })} />
      <section aria-labelledby="draw-before" className="draw-offstage">
        <h2 id="draw-before">{text.beforeTitle}</h2>
        <Check slug="draw" spec={CHECKS.inputs} text={tc} onShow={() => update({ digit: 0 })} />
        <Check slug="draw" spec={CHECKS.sum} text={tc} onShow={() => update({ digit: 1 })} />
      </section>
      <section className="prose draw-offstage">
        <h2>{text.seesTitle}</h2>
        <Veil slug="draw" checks={['inputs']}>
          <P text={text.seesBody} />
        </Veil>
        <p>{text.mnistBody}</p>
        <p>{text.comIntro}</p>
        <Formula tex={CENTRE_OF_MASS} display />
        <NotationBox rows={notation} />
      </section>
      <section>
        <h2>{text.tryTitle}</h2>
        <p className="prose">{text.tryBody}</p>
        <div className="widget">
          <DigitLab state={state} onChange={update} />
        </div>
        <p className="prose">{text.compareBody}</p>
      </section>
      <section className="prose draw-offstage">
        <h2>{text.voteTitle}</h2>
        <P text={text.voteBody} />
        <Formula tex={FORWARD} display />
      </section>
      <aside className="callout prose draw-offstage">
        <h3>{text.caveatTitle}</h3>
        <p>{text.caveatBody}</p>
      </aside>
      <section className="draw-offstage">
        <h2>{text.codeTitle}</h2>
        <CodeView source={preprocessSource} fileName="src/lib/digits/preprocess.ts" numpy={() => import('./numpy').then((m) => m.preprocess)} />
        <CodeView source={forwardSource} fileName="src/lib/digits/forward.ts" numpy={() => import('./numpy').then((m) => m.forward)} />
      </section>
      <LessonSummary points={[text.learned1, text.learned2, text.learned3]} bridge={text.bridge} />
    </>
  );
}
