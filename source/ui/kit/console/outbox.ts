/**
Commands a console's key queued for the screen it drives. Its reducer queues
them, numbered, so it stays pure and two fast keys are two commands; the
screen sends them the moment the key is read, before redrawing itself, so
the shared screen never waits on the console's own frame.
*/
export type Queued = {readonly seq: number};

type WithOutbox = {readonly outbox: readonly Queued[]; readonly message?: string};

/**
Commands up to `seq` were dealt with: sent, or dropped because nothing was
there to take them (decided when sending, not when the key was read, so a
key pressed the moment a screen appears still counts); then `undelivered`
says so on the console.
*/
export function settleOutbox<State extends WithOutbox>(state: State, seq: number, delivered: boolean, undelivered: string): State {
	const outbox = state.outbox.filter(item => item.seq > seq);
	const message = delivered ? state.message : undelivered;
	return outbox.length === state.outbox.length && message === state.message ? state : {...state, outbox, message};
}

/** Sends every queued command, then says up to where and whether all found a taker. */
export function sendOutbox<Item extends Queued>(outbox: readonly Item[], send: (item: Item) => boolean, sent: (seq: number, delivered: boolean) => void): void {
	const last = outbox.at(-1);
	if (last !== undefined) {
		const delivered = outbox.map(item => send(item)).every(Boolean);
		sent(last.seq, delivered);
	}
}
