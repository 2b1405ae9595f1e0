import {describe, expect, it} from 'vitest';
import {parseNotes} from '../../../source/core/deck/notes.js';
import {lineText, type Line} from '../../../source/core/layout/index.js';
import {segment} from '../../../source/core/layout/segments.js';
import {compactSlide, fitLines} from '../../../source/ui/kit/panes/compact-slide.js';
import {describeNext, nextOf} from '../../../source/ui/kit/panes/next-step.js';
import {layoutNotes, notesTop} from '../../../source/ui/kit/panes/notes-layout.js';
import {panelRows} from '../../../source/ui/slideshow/PresenterPanel.js';
import {consoleLayout, splitForNotes} from '../../../source/ui/kit/panes/split.js';
import {describeTiming, wallClock} from '../../../source/core/talk/timing.js';
import {makeDeck, slide} from '../helpers.js';

const lines = (count: number): Line[] => Array.from({length: count}, (_, index) => [segment(`line ${index}`)]);
const texts = (fitted: readonly Line[]): string[] => fitted.map(line => lineText(line));

describe('fitLines', () => {
	it('keeps lines that fit as they are', () => {
		expect(texts(fitLines(lines(3), 5))).toEqual(['line 0', 'line 1', 'line 2']);
	});

	it('shows the top and says how much is below', () => {
		expect(texts(fitLines(lines(10), 4))).toEqual(['line 0', 'line 1', 'line 2', '⋮ 7 more lines below']);
	});

	it('with a focus, keeps the first line and shows from the focus on', () => {
		expect(texts(fitLines(lines(10), 5, 6))).toEqual(['line 0', '⋮ 5 more lines above', 'line 6', 'line 7', '⋮ 2 more lines below']);
		// Near the end the pane fills up rather than leaving rows empty.
		expect(texts(fitLines(lines(10), 5, 9))).toEqual(['line 0', '⋮ 6 more lines above', 'line 7', 'line 8', 'line 9']);
	});
});

describe('compactSlide', () => {
	const deck = makeDeck([{...slide(1, 'Steps', ['One', 'Two', 'Three', 'Four']), steps: [3, 5]}]);

	it('lays a slide out at the pane\'s width, without the big title letters', () => {
		const shown = texts(compactSlide(deck.slides[0]!, 0, {width: 30, height: 20}));
		expect(shown).toEqual(['Steps', '', 'One', '', 'Two']);
	});

	it('in a short pane, shows the title and the step just revealed', () => {
		const shown = texts(compactSlide(deck.slides[0]!, 1, {width: 30, height: 5}));
		expect(shown).toEqual(['Steps', '⋮ 5 more lines above', 'Three', '', 'Four']);
	});
});

describe('nextOf', () => {
	const deck = makeDeck([{...slide(1, 'A', ['x', 'y']), steps: [2, 3]}, slide(2, 'B')]);
	const at = (overrides: Partial<Parameters<typeof nextOf>[1]>) => nextOf(deck, {slide: 0, step: 0, page: 0, pageCount: 1, atEnd: false, ...overrides});

	it('is the next page when the step continues on one', () => {
		expect(at({pageCount: 2})).toEqual({kind: 'page', page: 1, pageCount: 2});
	});

	it('is the blocks the next step reveals', () => {
		const next = at({});
		expect(next).toMatchObject({kind: 'step', step: 1, stepCount: 2});
		expect(next.kind === 'step' && next.blocks.map(block => block.kind)).toEqual(['paragraph']);
		expect(describeNext(next, 2)).toBe('Next: step 2/2');
	});

	it('is the next slide, then the end', () => {
		expect(at({step: 1})).toMatchObject({kind: 'slide', slide: {title: 'B'}});
		expect(at({slide: 1})).toEqual({kind: 'end', offer: 'none'});
		expect(at({slide: 1, atEnd: true})).toEqual({kind: 'after-end', offer: 'none'});
	});

	it('on the end screen, is what its next key brings: the room quiz, or the end of the talk', () => {
		const room = at({slide: 1, atEnd: true, endOffer: 'room-quiz'});
		expect(room).toEqual({kind: 'after-end', offer: 'room-quiz'});
		expect(describeNext(room, 2, 3)).toBe('Next: the room quiz, 3 questions');
		expect(describeNext(at({slide: 1, atEnd: true}), 2)).toBe('Next: the end of the talk');
		expect(at({slide: 1, endOffer: 'room-quiz'})).toEqual({kind: 'end', offer: 'room-quiz'});
	});
});

describe('layoutNotes', () => {
	const notes = parseNotes({notes: ['First *note*', 'Second note', 'Third'], noteSteps: [0, 1, 1]});

	it('marks the current step\'s notes with a bar and the others with a thin rule', () => {
		const layout = layoutNotes(notes, 1, 40);
		expect(texts(layout.lines)).toEqual(['│ First note', '', '▌ Second note', '', '▌ Third']);
		expect(layout.auto).toBe(2);
		expect(layout.lines[0]?.every(part => part.style.dim || part.style.role === 'muted')).toBe(true);
	});

	it('starts at the first search match when there is one', () => {
		expect(layoutNotes(notes, 0, 40, {highlight: 'third'}).auto).toBe(4);
	});

	it('never scrolls past the end or before the start', () => {
		const layout = layoutNotes(parseNotes({notes: [Array.from({length: 30}, (_, index) => `- point ${index}`).join('\n')]}), 0, 40);
		expect(notesTop(layout, 10, 100)).toBe(20);
		expect(notesTop(layout, 10, -100)).toBe(0);
	});
});

describe('describeTiming', () => {
	const base = {timer: {state: 'running', since: 0, banked: 0} as const, slide: 1, atEnd: false, slideStartedMs: 0, pacedFrom: 0};

	it('shows elapsed and left, rounding left up so the two add up', () => {
		expect(describeTiming({...base, now: 500, durationSeconds: 300})).toMatchObject({elapsed: '00:00', left: {text: '05:00 left', level: 'normal'}});
	});

	it('marks the last two minutes and over time with glyphs as well as words', () => {
		expect(describeTiming({...base, now: 190_000, durationSeconds: 300}).left).toEqual({text: '! 01:50 left', level: 'warning'});
		expect(describeTiming({...base, now: 330_000, durationSeconds: 300}).left).toEqual({text: '!! 00:30 over', level: 'over'});
	});

	it('paces only when there are budgets', () => {
		expect(describeTiming({...base, now: 10_000}).pacing).toBeUndefined();
		// Slide 2 reached at once: slide 1's minute is in hand.
		expect(describeTiming({...base, now: 10_000, budgets: [60, 60]}).pacing).toEqual({text: '▲ 01:00 ahead', kind: 'ahead'});
		expect(describeTiming({...base, now: 90_000, budgets: [60, 10]}).pacing).toEqual({text: '▼ 00:20 behind', kind: 'behind'});
		expect(describeTiming({...base, now: 65_000, slideStartedMs: 60_000, budgets: [60, 60]}).pacing).toEqual({text: '● on time', kind: 'on-time'});
	});

	it('reads the wall clock in local time', () => {
		const now = new Date(2026, 4, 20, 9, 5).getTime();
		expect(wallClock(now)).toBe('09:05');
	});
});

describe('splitting the screen', () => {
	it('puts the notes beside the slide in a wide terminal, under it in a narrow one', () => {
		const wide = splitForNotes(120, 25);
		expect(wide).toMatchObject({direction: 'row', slide: {height: 25}, panel: {height: 25}});
		expect(wide.slide.width + wide.panel.width + 2).toBeLessThanOrEqual(116);
		const narrow = splitForNotes(80, 20);
		expect(narrow.direction).toBe('column');
		expect(narrow.slide.height + narrow.panel.height).toBe(20);
		expect(narrow.panel.height).toBeGreaterThanOrEqual(8);
	});

	it('gives a short panel to the notes first, then to what comes next and the pacing', () => {
		expect(panelRows(30)).toEqual({notes: 19, next: 10, pacing: 1});
		expect(panelRows(12)).toEqual({notes: 7, next: 4, pacing: 1});
		expect(panelRows(9)).toEqual({notes: 8, next: 0, pacing: 1});
		expect(panelRows(6)).toEqual({notes: 6, next: 0, pacing: 0});
	});

	it('gives the console\'s panes the whole screen but its three lines, at every size', () => {
		for (const [columns, rows] of [[60, 16], [80, 24], [120, 40], [200, 50]] as const) {
			const panes = consoleLayout(columns, rows);
			expect(panes.now.width + panes.notes.width).toBe(columns);
			expect(panes.now.height + panes.next.height).toBe(panes.notes.height);
			expect(panes.notes.height + 3).toBe(rows - 1);
			expect(panes.notes.width).toBeLessThanOrEqual(104);
		}
	});
});
