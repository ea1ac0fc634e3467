import { isActive, type TrainingStatus } from '../state/training-status';

interface StatusStore {
  getState(): { status: TrainingStatus };
  subscribe(listener: (state: { status: TrainingStatus }) => void): () => void;
}

/**
 * While a run holds the worker, leaving the page (reload, Back, closing the tab) asks first: the
 * browser shows its own "leave this site?" question, since a run that is left ends without a result.
 */
export function warnBeforeLeavingWhileActive(store: StatusStore, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const ask = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older engines show the question only when returnValue is set.
    event.returnValue = '';
  };
  let listening = false;
  const follow = ({ status }: { status: TrainingStatus }) => {
    if (isActive(status) === listening) return;
    listening = !listening;
    if (listening) target.addEventListener('beforeunload', ask);
    else target.removeEventListener('beforeunload', ask);
  };
  follow(store.getState());
  const unsubscribe = store.subscribe(follow);
  return () => {
    unsubscribe();
    if (listening) target.removeEventListener('beforeunload', ask);
  };
}
