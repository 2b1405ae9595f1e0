/**
How far a deck repeats its source article word for word: the runs of words
both share, outside quote marks, and the quotes that are not the article's
words, with where each one is and whether the deck meets its target: no run
of 8 words or more, and every quote word for word.
*/
import {plural} from '../../source/core/text/format.js';
import {mergeRanges, quotedRanges, sharedRuns, toWords, type Range} from './shared-runs.js';

/** The shortest run reported: a deck in its own words has none this long. */
export const REPORTED_RUN = 8;

/** Quotes of fewer words (`"if"`, `"per"`) may be the deck's own scare quotes; longer ones must be the article's words. */
const CHECKED_QUOTE_WORDS = 2;

export type ReportedRun = {
	readonly words: number;
	/** 1-based line and column in the deck where the run starts. */
	readonly line: number;
	readonly column: number;
	/** 1-based line in the deck where the run ends. */
	readonly endLine: number;
	/** 1-based line in the article where the run starts. */
	readonly articleLine: number;
	/** The run as the deck writes it, on one line. */
	readonly text: string;
};

/** Text in quote marks whose words are not, in that order, the article's. */
export type Misquote = {
	/** 1-based line and column in the deck of the opening quote mark. */
	readonly line: number;
	readonly column: number;
	/** The quote as the deck writes it, on one line. */
	readonly text: string;
};

export type OwnWordsReport = {
	readonly runs: readonly ReportedRun[];
	/** Words in the longest reported run; 0 when there is none. */
	readonly longest: number;
	readonly misquotes: readonly Misquote[];
	readonly meetsTarget: boolean;
};

/**
Compares a deck with its article. Text inside quote marks in the deck is a
marked quote and is left out, as are link targets (`](#slug)`). So are the
article's FAQ questions: a quiz may ask those as the article asks them.
*/
export function compareWithArticle(article: string, deck: string): OwnWordsReport {
	const articleWords = toWords(article, faqQuestionRanges(article));
	const quotes = quotedRanges(deck);
	const deckWords = toWords(deck, mergeRanges([...quotes, ...linkTargetRanges(deck)]));
	const deckLines = lineStarts(deck);
	const articleLines = lineStarts(article);
	const runs = sharedRuns(articleWords, deckWords, REPORTED_RUN).map(run => {
		const first = deckWords[run.copyStart]!;
		const last = deckWords[run.copyStart + run.length - 1]!;
		const [line, column] = position(deckLines, first.start);
		return {
			words: run.length,
			line,
			column,
			endLine: position(deckLines, last.start)[0],
			articleLine: position(articleLines, articleWords[run.sourceStart]!.start)[0],
			text: deck.slice(first.start, last.end).replaceAll(/\s+/g, ' '),
		};
	});
	const longest = Math.max(0, ...runs.map(run => run.words));
	// Every word of the article, FAQ included, with a space each side, so a quote matches whole words only.
	const articleText = ` ${toWords(article).map(word => word.text).join(' ')} `;
	const misquotes = quotes.flatMap(([start, end]): Misquote[] => {
		const words = toWords(deck.slice(start, end)).map(word => word.text);
		if (words.length < CHECKED_QUOTE_WORDS || articleText.includes(` ${words.join(' ')} `)) {
			return [];
		}

		const [line, column] = position(deckLines, start);
		return [{line, column, text: deck.slice(start, end).replaceAll(/\s+/g, ' ')}];
	});
	return {runs, longest, misquotes, meetsTarget: runs.length === 0 && misquotes.length === 0};
}

/** The report as text: one entry per run, then the totals against the target. */
export function formatReport(report: OwnWordsReport, deckName: string, articleName: string): string {
	const lines = [
		`${deckName} against ${articleName}:`,
		`runs of ${REPORTED_RUN} or more words in a row shared with the article, outside quote marks`,
		'(the article\'s FAQ questions are left out, so the quiz may ask them as the article does)',
		'',
	];
	for (const run of report.runs) {
		const where = run.endLine === run.line ? `${run.line}:${run.column}` : `${run.line}:${run.column}-${run.endLine}`;
		lines.push(`${String(run.words).padStart(3)} words  ${deckName}:${where}  (article line ${run.articleLine})`, `           ${run.text}`);
	}

	for (const quote of report.misquotes) {
		lines.push(`  not the article's words  ${deckName}:${quote.line}:${quote.column}`, `           ${quote.text}`);
	}

	if (report.runs.length > 0 || report.misquotes.length > 0) {
		lines.push('');
	}

	lines.push(
		`${plural(report.runs.length, 'run')} of ${REPORTED_RUN}+ words (target: none), longest ${report.longest > 0 ? report.longest : `under ${REPORTED_RUN}`} words; `
		+ `${plural(report.misquotes.length, 'quote')} not word for word (target: none): `
		+ (report.meetsTarget ? 'target met' : 'target missed'),
	);
	return lines.join('\n') + '\n';
}

/**
The question lines of the article's "Frequently Asked Questions" section: every
line after that heading that ends in a question mark.
*/
export function faqQuestionRanges(article: string): Range[] {
	const heading = /^Frequently Asked Questions\s*$/m.exec(article);
	if (!heading) {
		return [];
	}

	const ranges: Range[] = [];
	for (const line of article.slice(heading.index).matchAll(/^.*\?[ \t]*$/gm)) {
		const start = heading.index + line.index;
		ranges.push([start, start + line[0].length]);
	}

	return ranges;
}

/** The `(target)` of every Markdown link: an address, not prose. */
function linkTargetRanges(deck: string): Range[] {
	return [...deck.matchAll(/\]\([^)\n]*\)/g)].map(match => [match.index, match.index + match[0].length]);
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (const match of text.matchAll(/\n/g)) {
		starts.push(match.index + 1);
	}

	return starts;
}

/** 1-based line and column of an offset. */
function position(starts: readonly number[], offset: number): [line: number, column: number] {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (starts[middle]! <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return [low + 1, offset - starts[low]! + 1];
}
