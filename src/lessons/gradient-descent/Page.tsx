import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { useUrlState } from '../../state/url-state';
const freezeSource = () => import('../../lib/descent/freeze.ts?raw');
import { DescentLab } from './DescentLab';
import { FreezePanel } from './FreezePanel';
import { MovedSettings } from './MovedSettings';
import { PRESETS } from './presets';
import { text } from './text';
import { useDescentRun } from './use-descent-run';
import { URL_TABLE } from './url-state';
import '../../components/plot/plot.css';
import './gradient-descent.css';

const NOTES_LR_10 = PRESETS.find((p) => p.id === 'notes-lr-10')?.patch ?? {};

export default function Page() {
  const t = useText(text);
  const [state, update, invalid] = useUrlState(URL_TABLE);
  const run = useDescentRun(state.fn, [state.x0, state.x1], state.lr, state.steps);
  return (
    <>
      <UrlWarning keys={invalid} />
      <MovedSettings />
      <section aria-labelledby="gd-descent">
        <div className="prose">
          <h2 id="gd-descent">{t.descentTitle}</h2>
          <p>{t.descentIntro}</p>
          <Formula display tex={String.raw`x_i \leftarrow x_i - \eta \frac{\partial f}{\partial x_i}`} />
          <p>{t.descentLr}</p>
          <h3>{t.compareTitle}</h3>
          <p>{t.compareIntro}</p>
        </div>
        <DescentLab state={state} update={update} />
      </section>
      <section aria-labelledby="gd-freeze">
        <div className="prose">
          <h2 id="gd-freeze">{t.freezeTitle}</h2>
          <p>{t.freezeIntro}</p>
          <p>{t.freezeWhy}</p>
        </div>
        <FreezePanel fn={state.fn} path={run.path} onTryNotesRun={() => update(NOTES_LR_10)} />
        <CodeView source={freezeSource} fileName="src/lib/descent/freeze.ts" from="export function analyzeFreeze" />
        <p className="callout">{t.notesComment}</p>
      </section>
    </>
  );
}
