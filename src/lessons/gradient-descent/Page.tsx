import { Check } from '../../components/check/Check';
import { Veil } from '../../components/check/Veil';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { useText } from '../../i18n/use-text';
import { linkNames, useUrlState } from '../../state/url-state';
const freezeSource = () => import('../../lib/descent/freeze.ts?raw');
import { CHECKS } from './checks';
import { DESCENT_VIEW_ID, DescentLab } from './DescentLab';
import { FreezePanel } from './FreezePanel';
import { MovedSettings } from './MovedSettings';
import { PRESETS } from './presets';
import { checksText } from './text-checks';
import { text } from './text';
import { widgetText } from './text-widgets';
import { useDescentRun } from './use-descent-run';
import { URL_TABLE } from './url-state';
import '../../components/plot/plot.css';
import './gradient-descent.css';

const NOTES_LR_10 = PRESETS.find((p) => p.id === 'notes-lr-10')?.patch ?? {};

export default function Page() {
  const t = useText(text);
  const shared = useText(common);
  const tc = useText(checksText);
  const tw = useText(widgetText);
  const [state, update, invalid] = useUrlState(URL_TABLE);
  const notation = [
    { tex: 'x_i', meaning: t['n.x'], code: 'x[idx]' },
    { tex: String.raw`\eta`, meaning: t['n.eta'], code: 'lr' },
    { tex: String.raw`\frac{\partial f}{\partial x_i}`, meaning: t['n.grad'], code: 'grad[idx]' },
    { tex: 'n', meaning: t['n.steps'], code: 'step_num' },
  ];
  const bowl = { fn: 'bowl', x0: -3, x1: 4, cmp: false } as const;
  const run = useDescentRun(state.fn, [state.x0, state.x1], state.lr, state.steps);
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(URL_TABLE, { fn: tw.surfaceLabel, x0: tw.startX0, x1: tw.startX1, lr: tw.lrName, steps: tw.stepsSlider, cmp: tw.compareToggle, rates: tw.ratesName })} />
      <MovedSettings />
      <section aria-labelledby="gd-descent">
        <div className="prose">
          <h2 id="gd-descent">{t.descentTitle}</h2>
          <P text={t.descentIntro} />
          <Formula display tex={String.raw`x_i \leftarrow x_i - \eta \frac{\partial f}{\partial x_i}`} />
        </div>
        <NotationBox rows={notation} />
        <Check slug="gradient-descent" spec={CHECKS.half} text={tc} onShow={() => update({ ...bowl, lr: 0.5, steps: 10 })} showTarget={DESCENT_VIEW_ID} />
        <Check slug="gradient-descent" spec={CHECKS.one} text={tc} onShow={() => update({ ...bowl, lr: 1, steps: 20 })} showTarget={DESCENT_VIEW_ID} />
        <div className="prose">
          <p>{t.descentLr}</p>
          <h3>{t.compareTitle}</h3>
          <p>{t.compareIntro}</p>
        </div>
        <DescentLab state={state} update={update} />
      </section>
      <section aria-labelledby="gd-freeze">
        <div className="prose">
          <h2 id="gd-freeze">{t.freezeTitle}</h2>
        </div>
        <Check slug="gradient-descent" spec={CHECKS.ten} text={tc} onShow={() => update(NOTES_LR_10)} showTarget="gd-freeze-panel" />
        <Veil slug="gradient-descent" checks={['ten']}>
          <div className="prose">
            <P text={t.freezeIntro} />
            <p>{t.freezeWhy}</p>
          </div>
        </Veil>
        <div id="gd-freeze-panel">
          <FreezePanel fn={state.fn} path={run.path} onTryNotesRun={() => update(NOTES_LR_10)} />
        </div>
        <CodeView source={freezeSource} fileName="src/lib/descent/freeze.ts" from="export function analyzeFreeze" numpy={() => import('./numpy').then((m) => m.freeze)} />
        <p className="callout">{t.notesComment}</p>
      </section>
      <LessonSummary points={[t.learned1, t.learned2, t.learned3]} bridge={t.bridge} next={{ href: '#/network-gradient', title: shared['lesson.network-gradient'] }} />
    </>
  );
}
