import {describe, expect, it} from 'vitest';
import {elapsedMs, idleTimer, startTimer, timeLeft, timerPhase, toggleTimer, type Timer} from '../../source/core/talk/timer.js';

describe('timer', () => {
	it('waits at zero until started', () => {
		expect(elapsedMs(idleTimer, 123_456)).toBe(0);
	});

	it('counts from the moment it starts, by the clock it is given', () => {
		const timer = startTimer(idleTimer, 1000);
		expect(elapsedMs(timer, 1000)).toBe(0);
		expect(elapsedMs(timer, 61_000)).toBe(60_000);
	});

	it('does not restart a timer that already runs or is paused', () => {
		const running = startTimer(idleTimer, 1000);
		expect(startTimer(running, 5000)).toBe(running);
		const paused = toggleTimer(running, 3000);
		expect(startTimer(paused, 9000)).toBe(paused);
	});

	it('pauses and resumes without counting the pause', () => {
		let timer: Timer = startTimer(idleTimer, 0);
		timer = toggleTimer(timer, 10_000);
		expect(timer.state).toBe('paused');
		expect(elapsedMs(timer, 50_000)).toBe(10_000);
		timer = toggleTimer(timer, 50_000);
		expect(timer.state).toBe('running');
		expect(elapsedMs(timer, 55_000)).toBe(15_000);
	});

	it('starts a waiting timer on t', () => {
		expect(toggleTimer(idleTimer, 7)).toEqual({state: 'running', since: 7, banked: 0});
	});

	it('never counts backwards when the clock is read early', () => {
		expect(elapsedMs(startTimer(idleTimer, 5000), 4000)).toBe(0);
	});
});

describe('timeLeft', () => {
	const tenMinutes = 10 * 60_000;
	it('is normal with more than two minutes left', () => {
		expect(timeLeft(7 * 60_000, tenMinutes)).toEqual({remainingMs: 3 * 60_000, level: 'normal'});
	});

	it('warns in the last two minutes, the second one included', () => {
		expect(timeLeft(8 * 60_000, tenMinutes).level).toBe('warning');
		expect(timeLeft(tenMinutes, tenMinutes)).toEqual({remainingMs: 0, level: 'warning'});
	});

	it('is over past the end, with a negative remainder', () => {
		expect(timeLeft(tenMinutes + 1500, tenMinutes)).toEqual({remainingMs: -1500, level: 'over'});
	});
});

describe('timerPhase', () => {
	it('is a reading at which a running timer shows a whole second, pauses included', () => {
		const resumed = toggleTimer(toggleTimer(startTimer(idleTimer, 10_250), 13_750), 20_000);
		const phase = timerPhase(resumed);
		expect(elapsedMs(resumed, phase + 5000) % 1000).toBe(0);
		expect(elapsedMs(resumed, phase + 5000)).toBe(5000);
	});
});
