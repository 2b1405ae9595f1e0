/**
Waits for a burst of events to end before acting once. Editors save in
several steps (truncate and write, write a temporary file and rename it,
rename the old file aside and write a new one), each an event of its own;
only the file as it is after the last of them is worth reading. The timer is
passed in, so tests drive time by hand.
*/

export type Timers<Handle = unknown> = {
	readonly set: (callback: () => void, ms: number) => Handle;
	readonly clear: (handle: Handle) => void;
};

/** Node's timers, unref'd: a wait for a quiet moment never keeps the program from exiting. */
export const realTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms).unref(),
	clear(handle) {
		clearTimeout(handle as NodeJS.Timeout);
	},
};

export type Debounced = {
	/** Something happened: act `quietMs` after the last of these. */
	readonly trigger: () => void;
	/** Forget a pending act. */
	readonly cancel: () => void;
};

export function debounce<Handle>(act: () => void, quietMs: number, timers: Timers<Handle>): Debounced {
	let pending: {handle: Handle} | undefined;
	const cancel = () => {
		if (pending) {
			timers.clear(pending.handle);
			pending = undefined;
		}
	};

	return {
		trigger() {
			cancel();
			pending = {handle: timers.set(() => {
				pending = undefined;
				act();
			}, quietMs)};
		},
		cancel,
	};
}
