/**
Reading and updating the schedule files of `<store>/schedules/`. An update
reads, changes and rewrites a deck's file under a lock, written atomically:
two processes answering at once both keep their reviews (see BENCHMARKS.md
for why a lock rather than one file per review). Reading takes no lock and
changes nothing; a corrupt file is reported, and moved aside only by the
next update, which starts the deck afresh.
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {type Grade, review} from '../study/scheduler.js';
import {describeError, errorCode} from './errors.js';
import {deckDirName, moveAside, writeFileAtomic} from './files.js';
import {withLock} from './lock.js';
import {type DeckSource, emptyBook, type QuestionSchedule, type ScheduleBook, scheduleOf, validateBook} from './schedule-file.js';
import type {StoreWarning} from './warnings.js';

/** One answered question, to move its schedule on. */
export type ReviewInput = {
	readonly questionId: string;
	readonly grade: Grade;
	readonly at: Date;
	/** The question's prompt now, kept to name it should it leave the deck. */
	readonly prompt?: string;
};

export type BookRead = {
	/** Undefined when the deck has no schedules yet (or its file cannot be used). */
	readonly book: ScheduleBook | undefined;
	readonly warnings: readonly StoreWarning[];
};

/**
The file of a deck's schedules. Deck ids that differ only in case would share
a file on a case-insensitive file system, so an id with capitals gets a hash.
*/
export function bookFile(directory: string, deckId: string): string {
	const name = deckDirName(deckId);
	const tag = deckId === deckId.toLowerCase() ? '' : `~${crypto.createHash('sha256').update(deckId).digest('hex').slice(0, 8)}`;
	return path.join(directory, `${name}${tag}.json`);
}

type Parsed =
	| {readonly book: ScheduleBook}
	| {readonly missing: true}
	| {readonly corrupt: string}
	| {readonly newer: number}
	| {readonly unreadable: string};

function parseBook(file: string): Parsed {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		return errorCode(error) === 'ENOENT' ? {missing: true} : {unreadable: describeError(error)};
	}

	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return {corrupt: `invalid JSON: ${describeError(error)}`};
	}

	const validation = validateBook(raw);
	if (validation.ok) {
		return {book: validation.book};
	}

	return 'newer' in validation ? {newer: validation.newer} : {corrupt: validation.problems.join('; ')};
}

/** What to tell the person about a file that could not be used. */
function problemWith(file: string, parsed: Exclude<Parsed, {readonly book: ScheduleBook} | {readonly missing: true}>): StoreWarning {
	if ('newer' in parsed) {
		return {kind: 'newer-version', file, version: parsed.newer, message: `schedules ${file} were saved by a newer briefing-deck (version ${parsed.newer}); left as they are`};
	}

	if ('corrupt' in parsed) {
		return {kind: 'corrupt-schedule', file, message: `schedules ${file} are corrupt (${parsed.corrupt}); they will be moved aside when a question of this deck is next answered`};
	}

	return {kind: 'unreadable', file, message: `cannot read schedules ${file}: ${parsed.unreadable}`};
}

/** Reads a deck's schedules without changing anything. */
export function readBook(file: string, deckId: string): BookRead {
	const parsed = parseBook(file);
	if ('book' in parsed) {
		// A file another deck id shares (see bookFile) is not this deck's.
		return {book: parsed.book.deckId === deckId ? parsed.book : undefined, warnings: []};
	}

	return 'missing' in parsed ? {book: undefined, warnings: []} : {book: undefined, warnings: [problemWith(file, parsed)]};
}

/** Every schedule file in `directory`, oldest deck id first. Reads only. */
export function readAllBooks(directory: string): {readonly books: readonly ScheduleBook[]; readonly warnings: readonly StoreWarning[]} {
	let names: string[];
	try {
		names = fs.readdirSync(directory).filter(name => name.endsWith('.json') && !name.startsWith('.')).sort();
	} catch (error) {
		return errorCode(error) === 'ENOENT'
			? {books: [], warnings: []}
			: {books: [], warnings: [{kind: 'unreadable', file: directory, message: `cannot read schedules in ${directory}: ${describeError(error)}`}]};
	}

	const books: ScheduleBook[] = [];
	const warnings: StoreWarning[] = [];
	for (const name of names) {
		const file = path.join(directory, name);
		const parsed = parseBook(file);
		if ('book' in parsed) {
			books.push(parsed.book);
		} else if (!('missing' in parsed)) {
			warnings.push(problemWith(file, parsed));
		}
	}

	return {books: books.sort((a, b) => (a.deckId < b.deckId ? -1 : (a.deckId > b.deckId ? 1 : 0))), warnings};
}

/** The book with each review applied in time order. Pure. */
export function applyReviews(book: ScheduleBook, reviews: readonly ReviewInput[], deck?: DeckSource): ScheduleBook {
	const questions: Record<string, QuestionSchedule> = Object.fromEntries(Object.entries(book.questions));
	for (const {questionId, grade, at, prompt} of [...reviews].sort((a, b) => a.at.getTime() - b.at.getTime())) {
		const previous = scheduleOf({...book, questions}, questionId);
		const shownAs = prompt ?? previous?.prompt;
		const next: QuestionSchedule = {...review(previous, grade, at), ...(shownAs === undefined ? {} : {prompt: shownAs})};
		// defineProperty: an id such as `__proto__` must be an entry, not a prototype.
		Object.defineProperty(questions, questionId, {value: next, enumerable: true, writable: true, configurable: true});
	}

	// Spelled out so the file reads in this order: what it is, whose, where the deck is, then the questions.
	const source = deck ?? book.deck;
	return {schema: book.schema, version: book.version, deckId: book.deckId, ...(source ? {deck: source} : {}), questions};
}

export type UpdateOptions = {
	readonly now: () => Date;
	readonly deck?: DeckSource;
};

/**
Applies reviews to a deck's file under its lock, and writes it whole or not
at all. A corrupt file is moved aside first (and reported); a file from a
newer briefing-deck is never overwritten. File-system errors are thrown.
*/
export function updateBook(file: string, deckId: string, reviews: readonly ReviewInput[], {now, deck}: UpdateOptions): {readonly book: ScheduleBook; readonly warnings: readonly StoreWarning[]} {
	fs.mkdirSync(path.dirname(file), {recursive: true});
	return withLock(file, () => {
		const parsed = parseBook(file);
		const warnings: StoreWarning[] = [];
		if ('newer' in parsed) {
			throw new Error(`${file} was saved by a newer briefing-deck (version ${parsed.newer})`);
		}

		if ('unreadable' in parsed) {
			throw new Error(`cannot read ${file}: ${parsed.unreadable}`);
		}

		if ('corrupt' in parsed) {
			const backup = moveAside(file, now());
			warnings.push({kind: 'corrupt-schedule', file, ...(backup ? {backup} : {}), message: `schedules ${file} were corrupt (${parsed.corrupt}); moved them to ${backup ?? 'a backup'} and started this deck afresh`});
		}

		if ('book' in parsed && parsed.book.deckId !== deckId) {
			throw new Error(`${file} holds the schedules of deck ${parsed.book.deckId}, not ${deckId}`);
		}

		const book = applyReviews('book' in parsed ? parsed.book : emptyBook(deckId), reviews, deck);
		writeFileAtomic(file, `${JSON.stringify(book, undefined, '\t')}\n`);
		return {book, warnings};
	});
}
