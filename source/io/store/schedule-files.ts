/**
Reading and updating the schedule files of `<store>/schedules/`. An update
reads, changes and rewrites a deck's file under a lock, written atomically:
two processes answering at once both keep their reviews (see BENCHMARKS.md
for why a lock rather than one file per review).

Read like every store file (see store-file.ts): the folder must be the
store's own, the file is read through the safe reader with links refused,
and a corrupt file is named, never quoted. A read-only store leaves it in
place; one that repairs moves it aside, under the file's lock and only if it
is still corrupt once the lock is held, since another process may be
rewriting it that moment. The next update then starts the deck afresh.
*/
import crypto from 'node:crypto';
import path from 'node:path';
import {review} from '../../core/study/scheduler.js';
import {type DeckSource, emptyBook, type Grade, type QuestionSchedule, type ScheduleBook, scheduleOf, validateBook} from '../../core/records/schedule-file.js';
import {displayPath} from '../../core/text/sanitize.js';
import {deckDirName, makeDirectory, moveAside, writeFileAtomic} from './files.js';
import {withLock} from './lock.js';
import {checkDirectory, corruptFile, isStoreFile, listDirectory, readStoreJson, type SetAside, type StoreContext} from './store-file.js';
import type {StoreWarning} from '../../core/records/warnings.js';

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

/**
A larger file is not a schedule file. The schedules of a deck of 10,000 cards
(the most the deck size limit allows) take about 3 MB; entries of questions
since deleted stay, so this leaves room for the deck to be rewritten once over.
*/
export const MAX_SCHEDULE_BYTES = 8 * 1024 * 1024;

type Parsed =
	| {readonly book: ScheduleBook}
	| {readonly missing: true}
	| {readonly corrupt: string}
	| {readonly newer: number}
	| {readonly unreadable: string};

function parseBook(file: string, context: Pick<StoreContext, 'fs'>): Parsed {
	const read = readStoreJson(file, MAX_SCHEDULE_BYTES, context.fs);
	if (!('value' in read)) {
		return read;
	}

	const validation = validateBook(read.value);
	if (validation.ok) {
		return {book: validation.book};
	}

	return 'newer' in validation ? {newer: validation.newer} : {corrupt: validation.problems.join('; ')};
}

const startsAfresh = 'this deck\'s schedules start afresh';

/** Moves a corrupt schedule file aside under its lock, unless another process has replaced it meanwhile. */
const setAside = (context: StoreContext): SetAside => ({
	kind: 'corrupt-schedule',
	noun: 'schedule file',
	after: startsAfresh,
	move: file => withLock(file, () => ('corrupt' in parseBook(file, context) ? moveAside(file, context.now(), context.fs) : undefined), {fs: context.fs}),
});

/** What to tell the person about a file that could not be used; a corrupt one is moved aside when the store repairs. */
function problemWith(file: string, parsed: Exclude<Parsed, {readonly book: ScheduleBook} | {readonly missing: true}>, context: StoreContext): StoreWarning {
	if ('newer' in parsed) {
		return {kind: 'newer-version', file, version: parsed.newer, message: `schedule file ${displayPath(file)} was saved by a newer briefing-deck (version ${parsed.newer}); left as it is`};
	}

	if ('corrupt' in parsed) {
		return corruptFile(file, parsed.corrupt, setAside(context), context);
	}

	return {kind: 'unreadable', file, message: `cannot read schedule file ${displayPath(file)}: ${parsed.unreadable}`};
}

const unreadableFolder = (directory: string, problem: string): StoreWarning =>
	({kind: 'unreadable', file: directory, message: `cannot read schedules in ${displayPath(directory)}: ${problem}`});

/** A deck's schedules; a corrupt file is reported, and moved aside only when the store repairs. */
export function readBook(file: string, deckId: string, context: StoreContext): BookRead {
	const folder = checkDirectory(path.dirname(file), context);
	if ('problem' in folder) {
		return {book: undefined, warnings: [unreadableFolder(path.dirname(file), folder.problem)]};
	}

	const parsed = parseBook(file, context);
	if ('book' in parsed) {
		// A file another deck id shares (see bookFile) is not this deck's.
		return {book: parsed.book.deckId === deckId ? parsed.book : undefined, warnings: []};
	}

	return 'missing' in parsed ? {book: undefined, warnings: []} : {book: undefined, warnings: [problemWith(file, parsed, context)]};
}

/** Every schedule file in `directory`, by deck id. */
export function readAllBooks(directory: string, context: StoreContext): {readonly books: readonly ScheduleBook[]; readonly warnings: readonly StoreWarning[]} {
	const listing = listDirectory(directory, context);
	if ('problem' in listing) {
		return {books: [], warnings: [unreadableFolder(directory, listing.problem)]};
	}

	const books: ScheduleBook[] = [];
	const warnings: StoreWarning[] = [];
	for (const name of listing.names.filter(name => isStoreFile(name))) {
		const file = path.join(directory, name);
		const parsed = parseBook(file, context);
		if ('book' in parsed) {
			books.push(parsed.book);
		} else if (!('missing' in parsed)) {
			warnings.push(problemWith(file, parsed, context));
		}
	}

	return {books: books.sort((a, b) => (a.deckId < b.deckId ? -1 : (a.deckId > b.deckId ? 1 : 0))), warnings};
}

/** Sets (or, with `undefined`, removes) one question's entry. */
function setEntry(questions: Record<string, QuestionSchedule>, questionId: string, entry: QuestionSchedule | undefined): void {
	if (entry === undefined) {
		delete questions[questionId];
		return;
	}

	// defineProperty: an id such as `__proto__` must be an entry, not a prototype.
	Object.defineProperty(questions, questionId, {value: entry, enumerable: true, writable: true, configurable: true});
}

/**
The book with each review applied in time order, and each reviewed
question's entry as it was just before its review (undefined: none), in the
order the reviews were given, for undoing one. Pure.
*/
function applyReviews(book: ScheduleBook, reviews: readonly ReviewInput[], deck?: DeckSource): {readonly book: ScheduleBook; readonly before: ReadonlyArray<QuestionSchedule | undefined>} {
	const questions: Record<string, QuestionSchedule> = Object.fromEntries(Object.entries(book.questions));
	const before = new Map<ReviewInput, QuestionSchedule | undefined>();
	for (const input of [...reviews].sort((a, b) => a.at.getTime() - b.at.getTime())) {
		const {questionId, grade, at, prompt} = input;
		const previous = scheduleOf({...book, questions}, questionId);
		before.set(input, previous);
		const shownAs = prompt ?? previous?.prompt;
		setEntry(questions, questionId, {...review(previous, grade, at), ...(shownAs === undefined ? {} : {prompt: shownAs})});
	}

	// Spelled out so the file reads in this order: what it is, whose, where the deck is, then the questions.
	const source = deck ?? book.deck;
	return {
		book: {schema: book.schema, version: book.version, deckId: book.deckId, ...(source ? {deck: source} : {}), questions},
		before: reviews.map(input => before.get(input)),
	};
}

export type UpdateOptions = {
	readonly deck?: DeckSource;
	readonly context: StoreContext;
};

/**
Changes a deck's file under its lock, and writes it whole or not at all: a
read-modify-write, so what other processes wrote meanwhile is kept. A
corrupt file is moved aside first (and reported); a file from a newer
briefing-deck is never overwritten. File-system errors are thrown.
*/
function modifyBook<T>(file: string, deckId: string, context: StoreContext, change: (book: ScheduleBook) => {readonly book: ScheduleBook; readonly also: T}): {readonly book: ScheduleBook; readonly also: T; readonly warnings: readonly StoreWarning[]} {
	const {fs, now} = context;
	makeDirectory(context.root, path.dirname(file), fs);
	return withLock(file, () => {
		const parsed = parseBook(file, context);
		const warnings: StoreWarning[] = [];
		if ('newer' in parsed) {
			throw new Error(`${displayPath(file)} was saved by a newer briefing-deck (version ${parsed.newer})`);
		}

		if ('unreadable' in parsed) {
			throw new Error(`cannot read ${displayPath(file)}: ${parsed.unreadable}`);
		}

		if ('corrupt' in parsed) {
			// The lock is held already, so a plain move; and one that fails stops the update, which would overwrite the file.
			const backup = moveAside(file, now(), fs);
			warnings.push({kind: 'corrupt-schedule', file, ...(backup ? {backup} : {}), message: `schedule file ${displayPath(file)} is corrupt (${parsed.corrupt}); moved it to ${backup ? displayPath(backup) : 'a backup'}; ${startsAfresh}`});
		}

		if ('book' in parsed && parsed.book.deckId !== deckId) {
			throw new Error(`${displayPath(file)} holds the schedules of another deck`);
		}

		const {book, also} = change('book' in parsed ? parsed.book : emptyBook(deckId));
		writeFileAtomic(file, `${JSON.stringify(book, undefined, '\t')}\n`, fs);
		return {book, also, warnings};
	}, {fs});
}

/**
Applies reviews to a deck's file (see modifyBook). `before` holds each
reviewed question's entry as it was just before its review, in the order of
`reviews`, so that one can be put back (restoreEntry).
*/
export function updateBook(file: string, deckId: string, reviews: readonly ReviewInput[], {deck, context}: UpdateOptions): {readonly book: ScheduleBook; readonly before: ReadonlyArray<QuestionSchedule | undefined>; readonly warnings: readonly StoreWarning[]} {
	const {book, also, warnings} = modifyBook(file, deckId, context, current => {
		const applied = applyReviews(current, reviews, deck);
		return {book: applied.book, also: applied.before};
	});
	return {book, before: also, warnings};
}

/**
Puts one question's entry back as it was (`undefined`: removes it, as it had
none), to undo a rating. Only that entry changes: the rest of the file is read
under the lock, so what other processes wrote meanwhile is kept.
*/
export function restoreEntry(file: string, deckId: string, questionId: string, entry: QuestionSchedule | undefined, {context}: {readonly context: StoreContext}): {readonly book: ScheduleBook; readonly warnings: readonly StoreWarning[]} {
	const {book, warnings} = modifyBook(file, deckId, context, current => {
		const questions: Record<string, QuestionSchedule> = Object.fromEntries(Object.entries(current.questions));
		setEntry(questions, questionId, entry);
		return {book: {...current, questions}, also: undefined};
	});
	return {book, warnings};
}
