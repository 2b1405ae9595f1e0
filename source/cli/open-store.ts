import os from 'node:os';
import type {ScoreStore} from '../store/score-store.js';
import {resolveStoreDir} from '../store/store-dir.js';
import {displayPath, sanitize} from '../text/sanitize.js';

export type OpenedStore = {readonly store?: ScoreStore; readonly error?: string};

/**
Opens the score store; a store that cannot be opened is reported, and the show
goes on without it. Imported on demand: `check` and `print` never need conf.
*/
export async function openStore(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, options: {readonly readOnly?: boolean} = {}): Promise<OpenedStore> {
	const dir = resolveStoreDir({...(flag ? {flag} : {}), env, platformEnv: {home: os.homedir()}});
	const {createScoreStore} = await import('../store/score-store.js');
	try {
		return {store: createScoreStore(dir, options)};
	} catch (error) {
		return {error: `cannot open the score store at ${displayPath(dir)}: ${sanitize((error as Error).message)}`};
	}
}
