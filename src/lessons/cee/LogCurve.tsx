import { useRef } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { formatNumber } from '../../components/format-number';
import { ceeText } from './text';

/** The plot stops at loss 6 (y ≈ 0.0025); larger losses are marked at the top edge. */
const LOSS_CAP = 6;
// Log-spaced samples put most points where the curve bends, near y = 0.
const CURVE = Array.from({ length: 121 }, (_, i) => {
  const y = Math.exp(-LOSS_CAP * (1 - i / 120));
  return { y, loss: -Math.log(y) };
});

interface LogCurveProps {
  /** Probability given to the true class, in [0, 1]. */
  probability: number;
  /** The loss at that probability (with or without δ), possibly +∞. */
  loss: number;
}

/** −log y on (0, 1] with the current prediction marked on it. */
export function LogCurve({ probability, loss }: LogCurveProps) {
  const text = useText(ceeText);
  const figure = useRef<HTMLElement>(null);
  const offChart = loss > LOSS_CAP;
  const lossText = formatNumber(loss);
  return (
    <figure ref={figure} className="log-curve">
      <div role="img" aria-label={fmt(text.curveDescription, { y: formatNumber(probability), loss: lossText })}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={CURVE} margin={{ top: 24, right: 16, bottom: 20, left: -8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="y" type="number" domain={[0, 1]} ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]} label={{ value: text.curveX, position: 'insideBottom', offset: -12 }} />
            <YAxis type="number" domain={[0, LOSS_CAP]} ticks={[0, 1, 2, 3, 4, 5, 6]} allowDataOverflow />
            <Line dataKey="loss" name={text.curveLine} stroke={PALETTE[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
            <ReferenceLine x={probability} stroke={PALETTE[1]} strokeDasharray="4 4" />
            <ReferenceDot
              x={probability}
              y={offChart ? LOSS_CAP : loss}
              r={7}
              fill={PALETTE[1]}
              stroke="#fff"
              // Lifted off the dot's height, so the curve running through the dot does not strike the number through.
              label={{ value: offChart ? fmt(text.offChart, { loss: lossText }) : lossText, position: probability > 0.7 ? 'left' : 'right', dy: -12, fontWeight: 700 }}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartExport chart={figure} fileName="minus-log-y" title={text.curveTitle} y={text.curveLine} />
    </figure>
  );
}
