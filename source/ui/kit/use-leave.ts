import {createContext, useContext} from 'react';

/**
Ends a full-screen app at once: the terminal is given back and the app's
result handed to whoever ran it, before React or Ink do any more work (they
draw nothing after this). For an app's last exit, where the process ends
next; provided by renderFullScreen, absent under ink-testing-library.
*/
export type Leave = (result: unknown) => void;

export const LeaveContext = createContext<Leave | undefined>(undefined);

export function useLeave(): Leave | undefined {
	return useContext(LeaveContext);
}
