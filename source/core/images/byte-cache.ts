/**
A least-recently-used cache bounded by the bytes its values hold, so a deck of
many photos keeps a few decoded at a time rather than all of them.
*/
export type ByteCache<Value> = {
	readonly get: (key: string) => Value | undefined;
	readonly set: (key: string, value: Value) => void;
	/** Bytes held now. */
	readonly bytes: () => number;
};

export function createByteCache<Value>(maxBytes: number, sizeOf: (value: Value) => number): ByteCache<Value> {
	// A Map iterates in insertion order: re-inserting on use keeps the least recent first.
	const entries = new Map<string, {value: Value; size: number}>();
	let held = 0;
	return {
		get(key) {
			const entry = entries.get(key);
			if (entry) {
				entries.delete(key);
				entries.set(key, entry);
			}

			return entry?.value;
		},
		set(key, value) {
			const size = sizeOf(value);
			const old = entries.get(key);
			if (old) {
				entries.delete(key);
				held -= old.size;
			}

			// One value larger than the whole cache is not kept: it would push out everything else.
			if (size > maxBytes) {
				return;
			}

			entries.set(key, {value, size});
			held += size;
			for (const [oldest, entry] of entries) {
				if (held <= maxBytes) {
					break;
				}

				entries.delete(oldest);
				held -= entry.size;
			}
		},
		bytes: () => held,
	};
}
