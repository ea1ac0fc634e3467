import { useMemo } from 'react';
import { DigitImage } from '../../components/DigitImage';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { imageAt } from '../../lib/mnist/idx';
import { findImages, previousPageStart } from '../../lib/mnist/sample';
import type { Dataset } from '../../lib/mnist/types';
import { minibatchText } from './text';
import { CLASS_FILTERS, type ClassFilter } from './url-state';

const PAGE = 24;

interface GalleryProps {
  dataset: Dataset;
  set: 'train' | 'test';
  cls: ClassFilter;
  from: number;
  onChange: (patch: { set?: 'train' | 'test'; cls?: ClassFilter; from?: number }) => void;
}

/** A page of digits with their labels: pick the set, a digit class and the first index; page back and forth. */
export function Gallery({ dataset, set, cls, from, onChange }: GalleryProps) {
  const t = useText(minibatchText);
  const images = dataset[set];
  const start = Math.min(from, images.count - 1);
  const label = cls === 'all' ? null : Number(cls);
  const shown = useMemo(() => findImages(images.labels, start, label, PAGE), [images, start, label]);
  const previous = previousPageStart(images.labels, start, label, PAGE);
  const next = shown.length === PAGE ? shown[PAGE - 1] + 1 : images.count;
  const setName = set === 'train' ? t.trainImage : t.testImage;

  return (
    <div className="widget">
      <div className="widget-row">
        <label className="select-field">
          <span>{t.gallerySet}</span>
          <select value={set} onChange={(e) => onChange({ set: e.target.value === 'test' ? 'test' : 'train', from: 0 })}>
            <option value="train">{t.trainSet}</option>
            <option value="test">{t.testSet}</option>
          </select>
        </label>
        <label className="select-field">
          <span>{t.galleryClass}</span>
          <select value={cls} onChange={(e) => onChange({ cls: CLASS_FILTERS.find((c) => c === e.target.value) ?? 'all' })}>
            {CLASS_FILTERS.map((c) => (
              <option key={c} value={c}>{c === 'all' ? t.allClasses : c}</option>
            ))}
          </select>
        </label>
        <NumberField label={t.galleryFrom} value={start} min={0} max={images.count - 1} integer onChange={(v) => onChange({ from: v })} />
        <button type="button" onClick={() => onChange({ from: previous })} disabled={start === 0}>
          {fmt(t.previousPage, { count: PAGE })}
        </button>
        <button type="button" onClick={() => onChange({ from: next })} disabled={next >= images.count}>
          {fmt(t.nextPage, { count: PAGE })}
        </button>
      </div>
      {shown.length === 0 ? (
        <p role="status">{t.galleryEmpty}</p>
      ) : (
        <>
          <p className="muted" role="status">{fmt(t.galleryRange, { shown: shown.length, first: shown[0], last: shown[shown.length - 1] })}</p>
          <ul className="digit-grid" aria-label={t.galleryTitle}>
            {shown.map((index) => (
              <li key={index}>
                <DigitImage pixels={imageAt(images, index)} size={56} label={fmt(t.digitLabel, { set: setName, index, label: images.labels[index] })} />
                <span className="digit-caption"><span className="value">#{index}</span> <strong>{images.labels[index]}</strong></span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
