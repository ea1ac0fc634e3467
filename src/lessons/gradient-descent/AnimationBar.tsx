import { fmt, useText } from '../../i18n/use-text';
import type { StepAnimation } from './use-step-animation';
import { widgetText } from './text-widgets';

/** Play / pause, one step, back to the start, and where the animation is. */
export function AnimationBar({ anim, total }: { anim: StepAnimation; total: number }) {
  const t = useText(widgetText);
  return (
    <div className="widget-row gd-animation" role="group" aria-label={t.animation}>
      {anim.playing
        ? <button type="button" onClick={anim.pause}>{t.pause}</button>
        : <button type="button" className="primary" onClick={anim.play}>{t.play}</button>}
      <button type="button" onClick={anim.step}>{t.step}</button>
      <button type="button" onClick={anim.reset}>{t.reset}</button>
      <span className="value" role="status">{fmt(t.stepOf, { k: anim.shown, n: total })}</span>
    </div>
  );
}
