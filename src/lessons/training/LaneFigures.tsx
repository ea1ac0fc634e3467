import { Fragment } from 'react';

/** A race's figures, one per lane ("η = 0.1: 92.33%"), each kept on one line when the caption wraps. */
export function LaneFigures({ lead, items }: { lead?: string; items: string[] }) {
  return (
    <>
      {lead && `${lead} `}
      {items.map((item, k) => (
        <Fragment key={k}>
          {k > 0 && ' · '}
          <span className="lane-figure">{item}</span>
        </Fragment>
      ))}
    </>
  );
}
