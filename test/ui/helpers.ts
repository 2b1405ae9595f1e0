/**
Helpers for Ink screen tests: a fake terminal of a chosen size and small
hand-built decks. Waiting for frames is test/helpers/frames.ts's.
*/
import {EventEmitter} from 'node:events';
import {render as inkRender} from 'ink';
import type {ReactElement} from 'react';
import {afterEach} from 'vitest';
import type {Block, Deck, Question, Slide, Span} from '../../source/core/deck/types.js';

export class FakeStdout extends EventEmitter {
	readonly frames: string[] = [];
	isTTY = true;
	columns: number;
	rows: number;
	constructor(columns = 100, rows = 24) {
		super();
		this.columns = columns;
		this.rows = rows;
	}

	write = (frame: string): boolean => {
		this.frames.push(frame);
		return true;
	};

	lastFrame = (): string | undefined => this.frames.at(-1);

	/** Changes the size and tells listeners, as a terminal window resize does. */
	resize(columns: number, rows: number): void {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

export class FakeStdin extends EventEmitter {
	isTTY = true;
	rawMode: boolean[] = [];
	private data: string | null = null;

	write = (data: string): void => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = (): string | null => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setRawMode(mode: boolean): void {
		this.rawMode.push(mode);
	}

	setEncoding(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

export type TestInstance = {
	readonly stdin: FakeStdin;
	readonly stdout: FakeStdout;
	readonly lastFrame: () => string;
	readonly unmount: () => void;
	/**
	Settles when the app exits. Taken at render: Ink's `waitUntilExit()`
	called after the exit makes a promise that never settles.
	*/
	readonly exited: Promise<unknown>;
};

/** Renders into a fake terminal of the given size (debug mode: every frame whole). */
export function renderInTerminal(tree: ReactElement, size: {columns?: number; rows?: number; screenReader?: boolean} = {}): TestInstance {
	const stdout = new FakeStdout(size.columns ?? 100, size.rows ?? 24);
	const stdin = new FakeStdin();
	const instance = inkRender(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
		isScreenReaderEnabled: size.screenReader ?? false,
	});
	const exited = instance.waitUntilExit();
	// A test that never exits the app must not leave an unhandled rejection.
	exited.catch(() => undefined);
	return {
		stdin,
		stdout,
		lastFrame: () => stdout.lastFrame() ?? '',
		unmount: instance.unmount,
		exited,
	};
}

/** Keeps what it is given and unmounts it after each test. */
export function unmountAfterEach(): (instance: TestInstance) => void {
	const mounted: TestInstance[] = [];
	afterEach(() => {
		for (const instance of mounted.splice(0)) {
			instance.unmount();
		}
	});
	return instance => {
		mounted.push(instance);
	};
}

export const text = (value: string): Span => ({text: value, style: {}});

export const heading = (value: string, level = 2, line = 1): Block => ({kind: 'heading', level, spans: [text(value)], line});

export const paragraph = (value: string, line = 1): Block => ({kind: 'paragraph', spans: [text(value)], line});

/** A slide: a heading titled `title` and a paragraph per entry of `paragraphs`. */
export function slide(number: number, title: string, paragraphs: readonly string[] = [], options: {steps?: readonly number[]; notes?: readonly string[]; level?: number} = {}): Slide {
	const blocks = [heading(title, options.level ?? 2), ...paragraphs.map(value => paragraph(value))];
	return {
		number,
		title,
		slug: title.toLowerCase().replaceAll(' ', '-'),
		blocks,
		steps: options.steps ?? [blocks.length],
		notes: options.notes ?? [],
		line: number * 10,
	};
}

export const question: Question = {
	id: 'q1',
	prompt: 'Pick one',
	kind: 'single',
	options: [],
	correct: [],
	explanation: [],
	line: 1,
};

export function makeDeck(slides: readonly Slide[], options: {title?: string; quiz?: boolean} = {}): Deck {
	return {
		meta: {title: options.title ?? 'Test Deck', id: 'test-deck'},
		slides,
		quiz: options.quiz ? {title: 'Check yourself', questions: [question], hash: 'abc'} : undefined,
	};
}

/** Five plain slides titled Alpha … Echo, the third with two pauses. */
export function fiveSlides(options: {quiz?: boolean} = {}): Deck {
	return makeDeck([
		slide(1, 'Alpha', ['First slide body']),
		slide(2, 'Bravo', ['Second slide body']),
		slide(3, 'Charlie', ['Step one text', 'Step two text', 'Step three text'], {steps: [2, 3, 4], notes: ['Say hello']}),
		slide(4, 'Delta', ['Fourth slide has a needle in it']),
		slide(5, 'Echo', ['Fifth slide with another needle']),
	], options);
}
