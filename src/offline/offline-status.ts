import { create } from 'zustand';

/** `ready`: first install finished; `updated`: a newer build took over and applies on the next load. */
export type OfflineStatus = 'none' | 'ready' | 'updated';

interface OfflineState {
  status: OfflineStatus;
  dismiss: () => void;
}

export const useOfflineStatus = create<OfflineState>()((set) => ({
  status: 'none',
  dismiss: () => set({ status: 'none' }),
}));
