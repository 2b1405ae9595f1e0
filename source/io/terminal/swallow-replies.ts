import {QUERY_REPLIES} from '../../core/images/protocol.js';

/**
The input stream as Ink reads it, less any reply to the graphics queries
(detect-graphics.ts) that came after their deadline: a slow terminal's
`ESC [ ? 6 4 ; 4 c` would otherwise arrive as keys, and `c` or `4` do things.
*/
export function swallowReplies(stream: NodeJS.ReadStream): NodeJS.ReadStream {
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'read') {
				return (...arguments_: unknown[]) => {
					const chunk = (target.read as (...parameters: unknown[]) => Buffer | string | null)(...arguments_);
					if (chunk === null) {
						return chunk;
					}

					const text = chunk.toString();
					if (!text.includes('\u001B')) {
						return chunk;
					}

					const kept = text.replaceAll(QUERY_REPLIES, '');
					return typeof chunk === 'string' ? kept : Buffer.from(kept);
				};
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...parameters: unknown[]) => unknown).bind(target) : value;
		},
	});
}
