/**
Where a slideshow and its presenter consoles meet: a Unix domain socket in a
directory only this user can enter, named after the deck file, so that two
decks never cross and no other user can connect. Pure: the caller supplies
the environment and the deck's real path.
*/
import crypto from 'node:crypto';
import path from 'node:path';

export type ChannelPlaceInput = {
	readonly env: Readonly<Record<string, string | undefined>>;
	/** The user's numeric id (`process.getuid()`). */
	readonly uid: number;
	/** `os.tmpdir()`. */
	readonly tmpdir: string;
};

export type Channel = {
	/** The private directory: `$XDG_RUNTIME_DIR/briefing-deck`, else `<tmp>/briefing-deck-<uid>`. */
	readonly directory: string;
	readonly socket: string;
	/** Where either side notes what it ignored and why. */
	readonly log: string;
};

/**
`$XDG_RUNTIME_DIR` is the user's own by definition (0700, removed at logout);
the temp dir is shared, so there the directory carries the uid and is checked
before use (see `ensurePrivateDirectory`).
*/
export function channelDirectory({env, uid, tmpdir}: ChannelPlaceInput): string {
	const runtime = env['XDG_RUNTIME_DIR'];
	if (runtime !== undefined && runtime.trim() !== '' && path.isAbsolute(runtime)) {
		return path.join(runtime, 'briefing-deck');
	}

	return path.join(tmpdir, `briefing-deck-${uid}`);
}

/**
The channel for a deck file, from its real path (symlinks resolved), so two
names for one file share a channel and two files never do. A hash keeps the
socket path short: Unix sockets allow only about 100 bytes of path.
*/
export function deckChannel(realDeckPath: string, place: ChannelPlaceInput): Channel {
	const directory = channelDirectory(place);
	const name = `deck-${crypto.createHash('sha256').update(realDeckPath).digest('hex').slice(0, 20)}`;
	return {directory, socket: path.join(directory, `${name}.sock`), log: path.join(directory, `${name}.log`)};
}
