/**
A lock file beside a file that is read, changed and written back, so two
processes updating it at once cannot lose each other's change. Plain
`open(…, 'wx')`: creating the lock either succeeds or finds it taken.
*/
import process from 'node:process';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {readRegularFile} from '../fs/read-file.js';
import {errorCode} from '../../core/text/errors.js';

export type LockOptions = {
	/** How long to wait for another process to finish, in ms. */
	readonly timeoutMs?: number;
	/** A lock this old is taken to be left by a process that died holding it. */
	readonly staleMs?: number;
	readonly fs?: FileSystem;
};

/** A lock this old is taken to be left by a process that died holding it. */
const defaultStaleMs = 30_000;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Blocks for `ms`: the store is synchronous, and a holder needs only a few ms. */
const sleep = (ms: number): void => {
	Atomics.wait(pause, 0, 0, ms);
};

/** Whether a process of this id runs on this machine (one we may not signal still runs). */
export const isAlive = (pid: number): boolean => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errorCode(error) === 'EPERM';
	}
};

/**
Whether a lock was left behind: its process is gone (same machine), or it is
older than any update takes. A holder cannot be stopped by a signal half-way
(the update is synchronous, and Node handles signals between tasks), so only
a crash or SIGKILL leaves one. Something other than a file where the lock
goes (a link, say) was never a lock, and is in the way.
*/
export function isStale(lock: string, fs: FileSystem, staleMs = defaultStaleMs): boolean {
	try {
		const stats = fs.lstatSync(lock);
		if (!stats.isFile()) {
			return stats.isSymbolicLink();
		}

		const read = readRegularFile(lock, {maxBytes: 64, followSymlinks: false, fs});
		const pid = read.ok ? Number(new TextDecoder().decode(read.bytes).trim()) : Number.NaN;
		if (Number.isSafeInteger(pid) && pid > 0 && !isAlive(pid)) {
			return true;
		}

		return Date.now() - stats.mtimeMs > staleMs;
	} catch {
		// Gone already, or half-written by a holder this instant: not stale.
		return false;
	}
}

/** Who holds the lock now: its inode and time, which change with every new holder. */
function holderOf(lock: string, fs: FileSystem): string | undefined {
	try {
		const {ino, mtimeMs} = fs.lstatSync(lock);
		return `${ino}:${mtimeMs}`;
	} catch {
		return undefined;
	}
}

class LockTimeoutError extends Error {
	override name = 'LockTimeoutError';
	readonly lock: string;

	constructor(lock: string, timeoutMs: number) {
		super(`another briefing-deck kept ${lock} locked for over ${timeoutMs / 1000} s`);
		this.lock = lock;
	}
}

/**
Runs `action` holding `<file>.lock`. Waits (with jitter, so waiting processes
do not wake in step) while others hold it, for as long as the lock keeps
changing hands, and gives up when one holder keeps it `timeoutMs`; a stale
lock is removed.
Two processes could both judge one stale lock dead and the second remove the
first's new lock; that needs a crashed holder and two waiters in the same
millisecond, and costs at worst one overlapping update.
*/
export function withLock<T>(file: string, action: () => T, {timeoutMs = 5000, staleMs = defaultStaleMs, fs = realFileSystem}: LockOptions = {}): T {
	const lock = `${file}.lock`;
	let deadline = Date.now() + timeoutMs;
	let holder: string | undefined;
	for (let wait = 1; ; wait = Math.min(wait * 2, 16)) {
		try {
			const descriptor = fs.openSync(lock, 'wx', 0o644);
			try {
				fs.writeSync(descriptor, `${process.pid}\n`);
			} catch (error) {
				// A lock without its holder's pid (a full disk) would hold others off until it went stale.
				fs.closeSync(descriptor);
				fs.rmSync(lock, {force: true});
				throw error;
			}

			fs.closeSync(descriptor);
			break;
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') {
				throw error;
			}
		}

		if (isStale(lock, fs, staleMs)) {
			fs.rmSync(lock, {force: true});
			continue;
		}

		// A queue that moves is not stuck: the wait runs out only while one holder keeps the lock.
		const current = holderOf(lock, fs);
		if (current !== holder) {
			holder = current;
			deadline = Date.now() + timeoutMs;
		} else if (Date.now() > deadline) {
			throw new LockTimeoutError(lock, timeoutMs);
		}

		sleep(wait + (Math.random() * wait));
	}

	try {
		return action();
	} finally {
		fs.rmSync(lock, {force: true});
	}
}
