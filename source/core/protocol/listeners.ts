/** A set of listeners fed by hand: the channel pushes commands into one, a watched file new decks. */
export type Subscribe<T> = (listener: (value: T) => void) => () => void;

export function createListeners<T>(): {readonly subscribe: Subscribe<T>; readonly emit: (value: T) => void} {
	const listeners = new Set<(value: T) => void>();
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		emit(value) {
			for (const listener of listeners) {
				listener(value);
			}
		},
	};
}

/**
A value that changes, such as how many consoles are connected: a listener
hears the value at once (it may have changed before anyone listened), then
every change.
*/
export function createLatest<T>(initial: T): {readonly subscribe: Subscribe<T>; readonly set: (value: T) => void} {
	const listeners = createListeners<T>();
	let latest = initial;
	return {
		subscribe(listener) {
			listener(latest);
			return listeners.subscribe(listener);
		},
		set(value) {
			latest = value;
			listeners.emit(value);
		},
	};
}
