/**
The terminal's output stream as Ink is given it, with a switch that stops
everything Ink writes from then on. Once the app has given the terminal back,
a frame drawn by a render still under way would land on the user's shell;
closed, the stream reports itself not writable (so Ink's unmount writes
nothing either) and drops writes, still calling their callbacks.
*/
export function closableOutput(stream: NodeJS.WriteStream): {readonly stream: NodeJS.WriteStream; readonly close: () => void} {
	let closed = false;
	const dropWrite = (...parameters: unknown[]): boolean => {
		const callback = parameters.find(parameter => typeof parameter === 'function') as (() => void) | undefined;
		if (callback) {
			setImmediate(callback);
		}

		return true;
	};

	const proxy = new Proxy(stream, {
		get(target, key) {
			if (closed && key === 'write') {
				return dropWrite;
			}

			if (closed && key === 'writable') {
				return false;
			}

			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? (value as (...parameters: unknown[]) => unknown).bind(target) : value;
		},
	});
	return {
		stream: proxy,
		close() {
			closed = true;
		},
	};
}
