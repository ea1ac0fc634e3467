import { memo, useMemo, useRef, useState } from 'react';
import { digitsToCsv, digitsToIdx } from '../../lib/digits/digit-files';
import { evaluateSet } from '../../lib/digits/evaluate-set';
import { fromBytes } from '../../lib/digits/gray-image';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useDigitSet, type DigitRecord } from '../../state/digit-set';
import type { TrainedModel } from '../../state/trained-model';
import { importDigitFiles, saveFile } from './digit-import';
import { DigitSetAccuracy } from './DigitSetAccuracy';
import { GrayImageView } from './GrayImageView';
import { digitSetText } from './text-digits';

/** The gallery shows the newest this many; the accuracy counts them all. */
const SHOWN = 60;

/** The user's own labelled digits: gallery with the model's guesses, accuracy, delete, export, import. */
// Memoised: the pad re-renders its parent on every animation frame while drawing.
export const MyDigits = memo(function MyDigits({ model }: { model: TrainedModel | null }) {
  const t = useText(digitSetText);
  const lang = useLanguage((s) => s.lang);
  const { digits, unsaved, problem, remove, addMany, retry } = useDigitSet();
  const evaluation = useMemo(() => (model ? evaluateSet(model, digits) : null), [model, digits]);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const onImport = async (files: File[]) => {
    if (files.length === 0) return;
    const read = await importDigitFiles(files, lang);
    if ('problem' in read) setMessage({ text: `${read.problem} ${t.importKept}`, bad: true });
    else setMessage({ text: fmt(t.imported, await addMany(read.digits)), bad: false });
    if (picker.current) picker.current.value = '';
  };
  const storageNotice = unsaved.length > 0 && problem
    ? fmt(problem === 'quota' ? t.storageQuota : problem === 'unavailable' ? t.storageUnavailable : t.storageFailed, { count: unsaved.length })
    : problem ? t.storageReadFailed : null;

  return (
    <section className="my-digits" aria-labelledby="my-digits-title">
      <h3 id="my-digits-title">{t.setTitle} <span className="my-digits-count">{fmt(t.setCount, { count: digits.length })}</span></h3>
      {storageNotice && (
        <p className="notice notice-warning" role="alert">
          {storageNotice} {unsaved.length > 0 && <button type="button" onClick={() => void retry()}>{t.retry}</button>}
        </p>
      )}
      {digits.length === 0 && <p>{t.setEmpty}</p>}
      {digits.length > 0 && (evaluation ? <DigitSetAccuracy evaluation={evaluation} lang={lang} /> : <p>{t.setNoModel}</p>)}
      {digits.length > 0 && (
        <ul className="digit-gallery" aria-label={t.setTitle}>
          {digits.slice(0, SHOWN).map((digit, n) => <GalleryItem key={digit.id} digit={digit} guess={evaluation?.guesses[n] ?? null} onRemove={remove} />)}
        </ul>
      )}
      {digits.length > SHOWN && <p className="model-hint">{fmt(t.galleryMore, { shown: SHOWN, count: digits.length })}</p>}
      <div className="my-digits-files">
        <button type="button" disabled={digits.length === 0} onClick={() => saveFile('my-digits.csv', digitsToCsv(digits), 'text/csv')}>{t.exportCsv}</button>
        <button type="button" disabled={digits.length === 0} onClick={() => {
          const { images, labels } = digitsToIdx(digits);
          saveFile('my-digits-images-idx3-ubyte', images, 'application/octet-stream');
          saveFile('my-digits-labels-idx1-ubyte', labels, 'application/octet-stream');
        }}>{t.exportIdx}</button>
        <label className="my-digits-import">
          {t.importFiles}
          <input ref={picker} type="file" multiple accept=".csv,text/csv,.idx3-ubyte,.idx1-ubyte,application/octet-stream" onChange={(e) => void onImport(Array.from(e.target.files ?? []))} />
        </label>
      </div>
      <p role="status" className={message?.bad ? 'notice notice-error' : 'model-hint'}>{message?.text}</p>
    </section>
  );
});

function GalleryItem({ digit, guess, onRemove }: { digit: DigitRecord; guess: number | null; onRemove: (id: string) => Promise<void> }) {
  const t = useText(digitSetText);
  const image = useMemo(() => fromBytes(digit.pixels, 28, 28), [digit.pixels]);
  const wrong = guess !== null && guess !== digit.label;
  const name = fmt(t.galleryItem, { label: digit.label, guess: guess ?? '–' });
  return (
    <li className={`digit-gallery-item${wrong ? ' is-wrong' : ''}`}>
      <GrayImageView image={image} size={56} label={name} />
      <span className="digit-gallery-label">{digit.label}</span>
      <span className="digit-gallery-guess">{guess === null ? t.galleryGuessNone : fmt(t.galleryGuess, { guess })}</span>
      <button type="button" className="digit-gallery-remove" aria-label={fmt(t.removeLabel, { label: digit.label })} onClick={() => void onRemove(digit.id)}>{t.remove}</button>
    </li>
  );
}
