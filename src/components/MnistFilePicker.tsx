import { useId, useRef, useState, type DragEvent } from 'react';
import { mnistText } from '../data/text';
import { useText } from '../i18n/use-text';
import { useMnist } from '../state/mnist';
import './mnist-data.css';

/** Lets the user swap in their own four IDX files (Fashion-MNIST, …) by picker or drag-and-drop. */
export function MnistFilePicker() {
  const t = useText(mnistText);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const loadFiles = useMnist((s) => s.loadFiles);
  const restoreBundled = useMnist((s) => s.restoreBundled);
  const source = useMnist((s) => s.source);
  const readingFiles = useMnist((s) => s.readingFiles);

  const accept = (files: FileList | null) => {
    if (files && files.length > 0) void loadFiles(Array.from(files));
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    accept(e.dataTransfer.files);
  };

  return (
    <section
      className={`mnist-picker${dragging ? ' dragging' : ''}`}
      aria-labelledby={`${id}-title`}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3 id={`${id}-title`}>{t.pickerTitle}</h3>
      <p id={`${id}-help`}>{dragging ? t.dropHere : t.pickerHelp}</p>
      <div className="widget-row">
        <button type="button" onClick={() => input.current?.click()} disabled={readingFiles} aria-describedby={`${id}-help`}>
          {t.pickerButton}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t.pickerButton}
          onChange={(e) => {
            accept(e.target.files);
            e.target.value = '';
          }}
        />
        {source === 'files' && (
          <button type="button" onClick={() => void restoreBundled()}>
            {t.backToBundled}
          </button>
        )}
      </div>
    </section>
  );
}
