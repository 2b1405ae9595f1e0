import {useEffect} from 'react';

/**
Holds something back for a moment: while `held`, dispatches `release` once
`holdMs` have passed (a presented screen's opening notes wait this long for a
console about to attach). `release` is a constant action, so the wait is not
started again on every render.
*/
export function useHold<Action>(dispatch: (action: Action) => void, held: boolean, holdMs: number, release: Action): void {
	useEffect(() => {
		if (!held) {
			return undefined;
		}

		const timer = setTimeout(() => {
			dispatch(release);
		}, holdMs);
		return () => {
			clearTimeout(timer);
		};
	}, [dispatch, held, holdMs, release]);
}
