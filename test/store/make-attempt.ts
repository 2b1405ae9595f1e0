import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Attempt} from '../../source/core/records/attempt.js';

export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
	return {
		schema: 'briefing-deck/attempt',
		version: 1,
		deckId: 'intro',
		quizHash: 'abc123',
		startedAt: '2026-11-24T01:00:00.000Z',
		endedAt: '2026-11-24T01:05:00.000Z',
		score: 1,
		total: 2,
		answers: [
			{questionId: 'q1', chosen: [0, 2], right: true, ms: 1200},
			{questionId: 'q2', chosen: [], knew: false, right: false, ms: 800},
		],
		...overrides,
	};
}

export const temporaryDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-store-'));
