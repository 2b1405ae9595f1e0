import fs from 'node:fs';
import path from 'node:path';

/**
What the processes of one test share, as a person's login session would: a
private runtime directory for the presenter channel (0700, or the channel
refuses it) and a score store. `freshDir` is the test file's own
`temporaryDirectories(...).freshDir`, so each file cleans up after itself.
*/
export function presentingSession(freshDir: () => string): {XDG_RUNTIME_DIR: string; BRIEFING_DECK_STORE: string} {
	const runtime = freshDir();
	fs.chmodSync(runtime, 0o700);
	return {XDG_RUNTIME_DIR: runtime, BRIEFING_DECK_STORE: path.join(freshDir(), 'store')};
}
