/**
The synchronous file-system calls the app makes on files it did not write
itself (decks) and on its own store. Everything that reads or writes takes one
of these, so tests can hand in one that fails on cue (permission denied, a
full disk, a read-only mount) even when they run as root.
*/
import nodeFs from 'node:fs';

export type FileSystem = Pick<typeof nodeFs,
	| 'closeSync'
	| 'fstatSync'
	| 'fsyncSync'
	| 'lstatSync'
	| 'mkdirSync'
	| 'openSync'
	| 'readSync'
	| 'readdirSync'
	| 'renameSync'
	| 'rmSync'
	| 'rmdirSync'
	| 'statSync'
	| 'writeSync'
>;

export const realFileSystem: FileSystem = nodeFs;
