import {describe, expect, it} from 'vitest';
import {dueQueue, endOfDay, isDue} from '../../source/core/study/due.js';
import {review} from '../../source/core/study/scheduler.js';
import {type Schedule} from '../../source/core/records/schedule-file.js';
import {card, multiple, single} from '../ui/quiz/fixture.js';

/** Local times, so "today" means the same in any time zone. */
const local = (day: number, hour: number): Date => new Date(2026, 0, day, hour);

describe('isDue', () => {
	it('counts anything due by the end of today, and nothing later', () => {
		const now = local(6, 8);
		expect(isDue({due: local(6, 17).toISOString()}, now)).toBe(true);
		expect(isDue({due: local(5, 9).toISOString()}, now)).toBe(true);
		expect(isDue({due: local(7, 0).toISOString()}, now)).toBe(false);
		expect(endOfDay(now).getHours()).toBe(23);
	});
});

describe('dueQueue', () => {
	const schedules = new Map<string, Schedule>([
		// Missed on the 5th: due on the 6th.
		['capital', review(undefined, 'again', local(5, 15))],
		// Right on the 5th: due a few days later.
		['primes', review(undefined, 'good', local(5, 15))],
		// No longer in the deck: never asked.
		['gone', review(undefined, 'again', local(1, 9))],
	]);
	const questions = [single, multiple, card];

	it('puts a question missed yesterday in today\'s queue, and one answered right later', () => {
		const queue = dueQueue(questions, id => schedules.get(id), local(6, 8));
		expect(queue.due.map(question => question.id)).toEqual(['capital']);
		expect(queue.next?.toISOString()).toBe(schedules.get('primes')!.due);
		expect(queue.thisWeek).toBe(1);
	});

	it('says when the next question is due when nothing is due yet, and asks nothing never answered', () => {
		const queue = dueQueue(questions, id => schedules.get(id), local(5, 16));
		expect(queue.due).toEqual([]);
		expect(queue.next?.toISOString()).toBe(schedules.get('capital')!.due);
		expect(dueQueue(questions, () => undefined, local(5, 16))).toEqual({due: [], thisWeek: 0});
	});

	it('asks the longest overdue first', () => {
		const both = new Map([...schedules, ['primes', review(undefined, 'again', local(3, 9))]]);
		const queue = dueQueue(questions, id => both.get(id), local(20, 9));
		expect(queue.due.map(question => question.id)).toEqual(['primes', 'capital']);
	});
});
