/**
Which build is running, handed from the command (dist/cli.js, which knows it)
to the bundle it starts (dist/app.cjs, which cannot contain a digest of
itself). Run from source, there is none, and nothing is cached.
*/
const slot = Symbol.for('briefing-deck.build-id');

type WithBuildId = Record<typeof slot, unknown>;

export function setBuildId(id: string): void {
	(globalThis as unknown as WithBuildId)[slot] = id;
}

export function currentBuildId(): string | undefined {
	const id = (globalThis as unknown as WithBuildId)[slot];
	return typeof id === 'string' && id !== '' ? id : undefined;
}
