import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { CEE_DELTA, crossEntropyError } from '../../lib/losses';
import { useUrlState } from '../../state/url-state';
import './cee.css';
import { CeeWidget } from './CeeWidget';
import { LogCurve } from './LogCurve';
import { MseVsCee } from './MseVsCee';
import { ceeText } from './text';
import { ceeUrlTable } from './url-state';

const CEE_FORMULA = String.raw`\text{CEE}(w) \triangleq -\sum_{k=1}^{K} y_k \log \hat y_k`;
const CEE_ONE_HOT = String.raw`\text{CEE} = -\log \hat y_{t}`;
const CEE_WITH_DELTA = String.raw`-\log\left(\hat y_{t} + \delta\right), \quad \delta = 10^{-7}`;

export default function Page() {
  const text = useText(ceeText);
  const [state, update, invalid] = useUrlState(ceeUrlTable);
  const loss = crossEntropyError(state.y, state.t, state.delta ? CEE_DELTA : 0);
  return (
    <>
      <UrlWarning keys={invalid} />
      <section className="prose">
        <h2>{text.whatTitle}</h2>
        <p>{text.whatBody}</p>
        <Formula tex={CEE_FORMULA} display />
        <p>{text.oneHotBody}</p>
        <Formula tex={CEE_ONE_HOT} display />
        <p>{text.deltaBody}</p>
        <Formula tex={CEE_WITH_DELTA} display />
      </section>
      <section>
        <h2>{text.tryTitle}</h2>
        <p className="prose">{text.tryBody}</p>
        <CeeWidget y={state.y} t={state.t} delta={state.delta} onChange={update} />
      </section>
      <section>
        <h2>{text.curveTitle}</h2>
        <p className="prose">{text.curveBody}</p>
        <div className="widget">
          <LogCurve probability={state.y[state.t]} loss={loss} />
        </div>
      </section>
      <section>
        <h2>{text.compareTitle}</h2>
        <p className="prose">{text.compareBody}</p>
        <MseVsCee y={state.y} t={state.t} delta={state.delta} onLoad={(y) => update({ y })} />
        <p className="prose">{text.compareAnswer}</p>
      </section>
    </>
  );
}
