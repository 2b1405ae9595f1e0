import {asciiFallback} from '../../core/text/ascii.js';

/**
The same stream, writing the app's glyphs as ASCII (see `asciiFallback`).
Everything else (isTTY, columns, resize events, which Ink reads) is the
stream's own, so it can be handed to Ink as stdout.
*/
export function asciiStream<T extends NodeJS.WritableStream>(stream: T): T {
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') {
				return (chunk: unknown, ...rest: unknown[]) => (target.write as (...arguments_: unknown[]) => boolean)(typeof chunk === 'string' ? asciiFallback(chunk) : chunk, ...rest);
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...arguments_: unknown[]) => unknown).bind(target) : value;
		},
	});
}
