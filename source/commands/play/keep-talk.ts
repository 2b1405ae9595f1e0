/**
The slideshow's talk kept in the store as it runs (io/store/talk-files.ts):
read once before the first frame, so a talk that ended without a quit opens
where it was; written after each change, a moment later so no key waits for
the disk, and marked ended on a clean quit. A store that cannot keep it
costs the show nothing: it is said once, afterwards.
*/
import type {TalkCopy} from '../../core/records/talk-record.js';
import {talkRecord} from '../../core/records/talk-record.js';
import {talkFile, talkWriteProblem} from '../../io/store/talk-files.js';

export type TalkKeeper = {
	/** The last talk of this deck as the store kept it. */
	readonly kept?: {readonly copy: TalkCopy; readonly ended: boolean};
	/** Keeps a copy of the talk as it is now. */
	readonly onTalk: (copy: TalkCopy) => void;
	/** The show ended with a quit: next time it opens on slide 1. */
	readonly ended: (now?: number) => void;
	/** What the store met (a damaged file moved aside, a write that failed), to say once the screen is free. */
	readonly warnings: () => readonly string[];
};

const noKeeper: TalkKeeper = {onTalk() {}, ended() {}, warnings: () => []};

type Options = {
	/** The store's directory, as `--store` and the environment name it. */
	readonly storeDir: string;
	/**
	Off for a rehearsal (not a talk), and for a second slideshow of a deck
	whose first holds the channel: the talk is that one's. Then nothing is
	picked up or kept.
	*/
	readonly keep: boolean;
};

export function keepTalk(deckId: string, {storeDir: root, keep}: Options): TalkKeeper {
	if (!keep) {
		return noKeeper;
	}

	const file = talkFile(root, deckId);
	const read = file.read();
	const warnings = read.warnings.map(warning => warning.message);
	let problem: string | undefined;
	let last: TalkCopy | undefined;
	let waiting: NodeJS.Immediate | undefined;
	const write = (copy: TalkCopy, ended: boolean): void => {
		try {
			file.write(talkRecord(deckId, copy, ended));
		} catch (error) {
			problem ??= talkWriteProblem(root, error);
		}
	};

	return {
		...(read.talk ? {kept: {copy: read.talk, ended: read.talk.ended}} : {}),
		onTalk(copy) {
			last = copy;
			// Keys come in bursts: the copy written is the one standing once they are read.
			waiting ??= setImmediate(() => {
				waiting = undefined;
				if (last) {
					write(last, false);
				}
			});
		},
		ended(now = Date.now()) {
			if (waiting) {
				clearImmediate(waiting);
				waiting = undefined;
			}

			if (last) {
				write({...last, savedAt: now}, true);
			}
		},
		warnings: () => (problem === undefined ? warnings : [...warnings, problem]),
	};
}
