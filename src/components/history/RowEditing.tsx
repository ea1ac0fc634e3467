import { useId, useState, type ReactNode } from 'react';
import { fmt } from '../../i18n/use-text';

/** The strings a history row's rename and delete need; the models' and the runs' texts both have them. */
export type RowEditingText = Record<
  'nameLabel' | 'save' | 'cancel' | 'rename' | 'renameNamed' | 'delete' | 'deleteNamed' | 'confirmDelete' | 'confirmDeleteButton',
  string
>;

interface RowEditingProps {
  /** The record's current name, shown in the controls' accessible names and used to start a rename. */
  name: string;
  text: RowEditingText;
  /** Resolves true when the new name was kept (the form closes) and false when it was refused. */
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => void;
  /** Buttons before "Rename" and between "Rename" and "Delete" in the row's normal view. */
  leading?: ReactNode;
  trailing?: ReactNode;
}

/** A history row's buttons: rename in place, delete after a confirmation, and the row's own actions. */
export function RowEditing({ name, text: t, onRename, onDelete, leading, trailing }: RowEditingProps) {
  const inputId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [draft, setDraft] = useState(name);

  const rename = async () => {
    if (await onRename(draft)) setMode('view');
  };

  if (mode === 'rename') {
    return (
      <form className="widget-row" onSubmit={(e) => { e.preventDefault(); void rename(); }}>
        <label htmlFor={inputId}>{t.nameLabel}</label>
        <input id={inputId} type="text" value={draft} maxLength={80} onChange={(e) => setDraft(e.target.value)} autoFocus />
        <button type="submit" disabled={draft.trim() === ''}>{t.save}</button>
        <button type="button" onClick={() => setMode('view')}>{t.cancel}</button>
      </form>
    );
  }
  if (mode === 'delete') {
    return (
      <div className="widget-row" role="group" aria-label={fmt(t.deleteNamed, { name })}>
        <span>{fmt(t.confirmDelete, { name })}</span>
        <button type="button" onClick={onDelete}>{t.confirmDeleteButton}</button>
        <button type="button" onClick={() => setMode('view')}>{t.cancel}</button>
      </div>
    );
  }
  return (
    <div className="widget-row">
      {leading}
      <button type="button" aria-label={fmt(t.renameNamed, { name })} onClick={() => { setDraft(name); setMode('rename'); }}>{t.rename}</button>
      {trailing}
      <button type="button" aria-label={fmt(t.deleteNamed, { name })} onClick={() => setMode('delete')}>{t.delete}</button>
    </div>
  );
}
