/** Drive an ink-testing-library instance one key at a time, as a person would. */
type Rendered = {
	readonly stdin: {write: (data: string) => void};
	readonly lastFrame: () => string | undefined;
};

const tick = async (ms: number): Promise<void> => new Promise(resolve => {
	setTimeout(resolve, ms);
});

/** Waits until the frame differs from `before`, or `timeout` ms pass (a key may change nothing). */
export async function frameChange(instance: Rendered, before: string | undefined, timeout = 150): Promise<void> {
	const end = Date.now() + timeout;
	while (instance.lastFrame() === before && Date.now() < end) {
		await tick(5);
	}

	// One more turn: Ink may still be drawing the rest of a batched update.
	await tick(10);
}

/** Writes each key, waiting for the frame to change after each. */
export async function press(instance: Rendered, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		const before = instance.lastFrame();
		instance.stdin.write(key);
		await frameChange(instance, before);
	}
}

/** Waits for Ink to mount and register its input listeners. */
export async function settle(): Promise<void> {
	await tick(30);
}

/** Waits until the frame contains `text` (an effect may draw it a frame later), or `timeout` ms pass. */
export async function frameWith(instance: Rendered, text: string, timeout = 1000): Promise<string> {
	const end = Date.now() + timeout;
	while (!(instance.lastFrame() ?? '').includes(text) && Date.now() < end) {
		await tick(5);
	}

	return instance.lastFrame() ?? '';
}
