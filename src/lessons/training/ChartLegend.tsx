import type { LaneView } from '../../state/training';
import { failureLabel } from './failure-text';
import type { health } from './text-health';

export interface LegendItem {
  name: string;
  color: string;
  dashed?: boolean;
}

/** A race lane's name, with how it failed when it did: "η = 3 · stalled: 49/50 units dead". */
export function laneLegend(lane: LaneView, name: string, t: Record<keyof (typeof health)['ko'], string>): string {
  return lane.failure ? `${name} · ${failureLabel(t, lane.failure)}` : name;
}

/** A plain HTML legend: cheaper to redraw than the chart library's measured one, and wraps on phones. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item, k) => (
        <li key={k}>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dashed ? '5 3' : undefined} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
