import { create } from 'zustand';

/**
 * The speaker notes' own window, for a presenter whose projector mirrors the screen: the notes sit
 * on a screen only the presenter sees while the room sees the lesson. The lesson's React tree draws
 * into it, so it follows the lesson, the step and the language without any messages.
 */
interface NotesWindowState {
  win: Window | null;
  /** The browser refused to open it (a pop-up blocker). */
  blocked: boolean;
}

export const useNotesWindow = create<NotesWindowState>()(() => ({ win: null, blocked: false }));

const NAME = 'nnlab-speaker-notes';
const STYLE_ID = 'nnlab-notes-style';

// Its own small style: the window is a blank page and gets none of the app's style sheets.
const STYLE = `
:root { color-scheme: light; }
body { margin: 0; padding: 1rem 1.2rem; font: 20px/1.5 system-ui, -apple-system, 'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', sans-serif; color: #111; background: #fffdf3; }
:lang(ko) body, body:lang(ko) { word-break: keep-all; }
h1 { font-size: 1.25rem; margin: 0 0 0.6rem; }
nav { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0 0 0.8rem; }
button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid #666; border-radius: 8px; background: #fff; color: #111; cursor: pointer; }
button:disabled { opacity: 0.5; cursor: default; }
:focus-visible { outline: 3px solid #0055a4; outline-offset: 2px; }
dl { margin: 0 0 0.8rem; }
dt { font-weight: 700; margin-top: 0.5rem; }
dd { margin: 0; }
.notes-outline { border-left: 4px solid #0055a4; padding-left: 0.7rem; }
.notes-private { color: #444; font-size: 0.85rem; }
`;

/** Opens the notes window, or brings it forward when it is already open. */
export function openNotesWindow(): void {
  const open = useNotesWindow.getState().win;
  if (open && !open.closed) {
    open.focus();
    return;
  }
  const win = window.open('', NAME, 'popup,width=600,height=760');
  if (!win) {
    useNotesWindow.setState({ blocked: true });
    return;
  }
  const doc = win.document;
  // A window of this name left over from before a reload still holds the old page's content.
  doc.getElementById(STYLE_ID)?.remove();
  doc.body.replaceChildren();
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  doc.head.append(style);
  useNotesWindow.setState({ win, blocked: false });
}

/** Closes the notes window, if it is open. */
export function closeNotesWindow(): void {
  const { win } = useNotesWindow.getState();
  if (win && !win.closed) win.close();
  useNotesWindow.setState({ win: null });
}
