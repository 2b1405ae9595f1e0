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
