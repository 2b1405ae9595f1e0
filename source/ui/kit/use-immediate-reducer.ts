import {useCallback, useRef, useState} from 'react';

/**
A reducer whose new state is known the moment an action is applied, not at
the next render. A key handler can then act on what the key did (send a
command to another process) at once, instead of after a render of its own
screen; two keys read before a render still both count, since each is
applied to the state the one before it left.
*/
export function useImmediateReducer<S, A>(reducer: (state: S, action: A) => S, initial: S): [S, (action: A) => S] {
	const current = useRef(initial);
	const [state, setState] = useState(initial);
	const apply = useCallback((action: A): S => {
		current.current = reducer(current.current, action);
		setState(current.current);
		return current.current;
	}, [reducer]);
	return [state, apply];
}
