import {append} from '../text/arrays.js';
import {collectLinks} from './block-links.js';
import {lineOf} from './blocks.js';
import {unlinkBrokenLinks} from './broken-links.js';
import {checkCodeAttributes} from './code-info.js';
import {deckMeta} from './deck-meta.js';
import {findUnclosedFences} from './fences.js';
import {splitFrontMatter} from './front-matter.js';
import {expandIncludes, hasIncludes, placeDiagnostic, type IncludeResolver, type LineOrigin} from './includes.js';
import {buildsIntroSlide, introSlide} from './intro-slide.js';
import {checkLinks, resolveSlideLink} from './links.js';
import {findNestingOverflow, MAX_NESTING, tokenize} from './markdown.js';
import {parseQuiz} from './quiz.js';
import {hashQuiz} from './quiz-hash.js';
import {checkSlides, checkStrayQuestions, finishSlide, markTitleSlide} from './slides.js';
import {readSlidev, slidevHeadmatterKeys, slidevImportsAsIncludes} from './slidev.js';
import {splitSlides} from './split-slides.js';
import {checkBudgets} from './time-budgets.js';
import {type Dialect, detectDialect} from './dialect.js';
import {rewriteForDialect} from './dialect-text.js';
import {aggregateFeatureWarnings} from './feature-warnings.js';
import {marpDirectiveNames} from './marp.js';
import {slidesDate} from './slides-date.js';
import type {SplitSettings} from './dialect-splits.js';
import type {Block, Deck, Diagnostic, Question, Slide} from './types.js';

export type ParseOptions = {
	/** Used for the default title when the deck has none. */
	readonly fileName?: string;
	/** Today, for a date the deck's tool shows as today's (the slides tool's `date: MMMM dd, YYYY`); without it, the pattern as written. */
	readonly today?: Date;
	/** Reads `<!-- include: file.md -->` files (io/deck/includes.ts); without it, each include is refused in its place. */
	readonly includes?: {readonly resolve: IncludeResolver; readonly rootKey: string; readonly maxAddedBytes: number};
};

/** Front matter keys each tool reads for itself: no warning in a deck written for it. */
const ownKeys: Partial<Record<Dialect, ReadonlySet<string>>> = {
	marp: marpDirectiveNames,
	patat: new Set(['patat']),
	lookatme: new Set(['styles', 'extensions']),
	slides: new Set(['theme', 'paging']),
	presenterm: new Set(['theme', 'options']),
	slidev: slidevHeadmatterKeys,
};

/** Parses deck text into the deck model and every problem found in it. Pure, but for what an include resolver does. */
export function parseDeck(source: string, options: ParseOptions = {}): {deck: Deck; diagnostics: Diagnostic[]} {
	const text = deckSource(source);
	if (!hasIncludes(text)) {
		return parseText(text, options);
	}

	// Text not read from a file has no folder to include from: each include says so in its place.
	const includes = options.includes ?? {resolve: () => ({ok: false, message: 'cannot be read: the deck is not a file'}), rootKey: '', maxAddedBytes: 0};
	const expansion = expandIncludes(text, includes.resolve, includes);
	const {deck, diagnostics} = parseText(expansion.text, options);
	const placed = [...expansion.diagnostics, ...diagnostics.map(diagnostic => placeDiagnostic(diagnostic, expansion.origins))];
	placed.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column);
	return {deck: atDeckLines(deck, expansion.origins), diagnostics: placed};
}

/** The deck's text as read: without a BOM (it would turn the first heading into a paragraph) or CRs, a Slidev deck's imports as includes. */
function deckSource(source: string): string {
	const text = source.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
	return /^src:/m.test(text) && detectDialect(text).dialect === 'slidev' ? slidevImportsAsIncludes(text) : text;
}

/** Whether the deck reads other files (presenterm's includes, Slidev's imports): the caller then passes a resolver. */
export function deckHasIncludes(source: string): boolean {
	return hasIncludes(deckSource(source));
}

/** The deck with each slide, block, question and option told at the deck file's line it stands at (an include's line, for included text). */
function atDeckLines(deck: Deck, origins: readonly LineOrigin[]): Deck {
	const at = (line: number): number => origins[line - 1]?.deckLine ?? line;
	const block = (each: Block): Block => {
		const placed = {...each, line: at(each.line)} as Block;
		switch (placed.kind) {
			case 'code': {
				return placed.firstLine === undefined ? placed : {...placed, firstLine: at(placed.firstLine)};
			}

			case 'list': {
				return {...placed, items: placed.items.map(item => ({...item, blocks: item.blocks.map(block)}))};
			}

			case 'quote': {
				return {...placed, blocks: placed.blocks.map(block)};
			}

			case 'columns': {
				return {...placed, columns: placed.columns.map(column => column.map(block))};
			}

			default: {
				return placed;
			}
		}
	};

	const slide = (each: Slide): Slide => ({...each, line: at(each.line), blocks: each.blocks.map(block)});
	const question = (each: Question): Question => ({
		...each,
		line: at(each.line),
		options: each.options.map(option => ({...option, line: at(option.line), feedback: option.feedback.map(block)})),
		explanation: each.explanation.map(block),
		...(each.lint?.ignore ? {lint: {...each.lint, ignore: each.lint.ignore.map(ignored => ({...ignored, line: at(ignored.line)}))}} : {}),
	});
	return {
		...deck,
		slides: deck.slides.map(slide),
		...(deck.quiz ? {quiz: {...deck.quiz, questions: deck.quiz.questions.map(question)}} : {}),
	};
}

function parseText(text: string, options: ParseOptions): {deck: Deck; diagnostics: Diagnostic[]} {
	const lines = text.split('\n');
	const columnOf = (line: number): number => {
		const content = lines[line - 1] ?? '';
		const heading = /^(\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?)/.exec(content);
		return (heading?.[1]?.length ?? 0) + 1;
	};

	const diagnostics: Diagnostic[] = [];
	const {dialect} = detectDialect(text);
	const front = splitFrontMatter(text, {ownKeys: ownKeys[dialect], loose: dialect === 'lookatme'});
	append(diagnostics, front.diagnostics);

	// A Slidev deck is read by Slidev's rules: its own separators, slide front matter, slots and clicks.
	const rewritten = rewriteForDialect(dialect === 'slidev' ? readSlidev(front.body, front.frontMatter.raw?.['layout']) : front.body, dialect);
	const tokens = tokenize(rewritten.body);
	append(diagnostics, [...findUnclosedFences(tokens, front.body.split('\n')), ...checkCodeAttributes(tokens, lines)]);
	const overflow = findNestingOverflow(tokens);
	if (overflow) {
		diagnostics.push({
			severity: 'error',
			line: lineOf(overflow),
			column: columnOf(lineOf(overflow)),
			message: `content is nested more than ${MAX_NESTING} levels deep (lists or quotes) and cannot be shown`,
			hint: 'flatten the nesting',
		});
	}

	const raw = front.frontMatter.raw ?? {};
	const split = splitSlides(tokens, lines, columnOf, {dialect, centred: rewritten.centred, ...splitSettings(dialect, raw)});
	append(diagnostics, split.diagnostics);
	append(diagnostics, aggregateFeatureWarnings(split.drafts.flatMap((slideDraft, index) => (slideDraft.unshown ?? []).map(feature => ({...feature, slide: index + 1})))));
	const {quizStart} = split;
	// presenterm opens a deck that has front matter with an intro slide made of it, which counts as slide 1.
	const intro = dialect === 'presenterm' && buildsIntroSlide(front.frontMatter) ? introSlide(front.frontMatter, 1) : undefined;
	const drafted = split.drafts.map((slideDraft, index) => finishSlide(slideDraft, index + (intro ? 2 : 1)));
	const slides = intro ? [intro, ...drafted] : markTitleSlide(drafted, front.frontMatter.title);
	// A slide's title matters where something points at slides by it: a quiz (its explanations, `check
	// --coverage`) or a `#slug` link. Other tools need neither, nor does a deck of ours without them,
	// which may well be a deck of another tool's that carries no mark of it.
	const pointsAtSlides = quizStart !== undefined || slides.some(slide => collectLinks(slide.blocks).some(link => link.href.startsWith('#')));
	if (dialect === 'briefing-deck' && pointsAtSlides) {
		checkSlides(slides, diagnostics, columnOf);
	}

	checkStrayQuestions(slides, quizStart !== undefined, diagnostics, columnOf);

	let quizDraft;
	if (quizStart !== undefined) {
		quizDraft = parseQuiz(tokens, quizStart, tokens.length, columnOf);
		append(diagnostics, quizDraft.diagnostics);
	}

	const allLinks = [
		...slides.flatMap(slide => collectLinks(slide.blocks)),
		...(quizDraft?.questions ?? []).flatMap(question => collectLinks([...question.explanation, ...question.options.flatMap(option => option.feedback)])),
	];
	const brokenLinks = checkLinks(allLinks, slides, lines);
	append(diagnostics, brokenLinks.map(diagnostic => ({...diagnostic, recovered: true})));

	const linkedQuestions: Question[] = (quizDraft?.questions ?? []).map(({slideLink, ...question}) => {
		const slide = slideLink === undefined ? undefined : resolveSlideLink(slides, slideLink);
		return slide === undefined ? question : {...question, slide};
	});
	const {slides: shownSlides, questions} = brokenLinks.length > 0 ? unlinkBrokenLinks(slides, linkedQuestions) : {slides, questions: linkedQuestions};

	if (slides.length === 0 && questions.length === 0 && !diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
		diagnostics.push({severity: 'error', line: 1, column: 1, message: 'the deck is empty: it has no slides', hint: 'write a `# Title` and some text; separate slides with a `---` line'});
	}

	append(diagnostics, checkBudgets(split.budgets, front.frontMatter.duration, columnOf));

	const frontMatter = {...rewritten.header, ...front.frontMatter};
	const date = dialect === 'slides' && frontMatter.date !== undefined && options.today ? {date: slidesDate(frontMatter.date, options.today)} : {};
	const deck: Deck = {
		meta: deckMeta({...frontMatter, ...date}, slides, options.fileName),
		slides: shownSlides,
		...(quizDraft ? {quiz: {title: quizDraft.title || 'Quiz', questions, hash: hashQuiz(questions)}} : {}),
	};

	diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
	return {deck, diagnostics};
}

/** The settings of the deck's own tool that change where its slides start. */
function splitSettings(dialect: Dialect, raw: Readonly<Record<string, unknown>>): SplitSettings {
	if (dialect === 'marp' && raw['headingDivider'] !== undefined) {
		return {headingDivider: raw['headingDivider']};
	}

	const patat = raw['patat'];
	const slideLevel = dialect === 'patat' && patat !== null && typeof patat === 'object' ? (patat as Record<string, unknown>)['slideLevel'] : undefined;
	return typeof slideLevel === 'number' && Number.isInteger(slideLevel) && slideLevel >= 1 ? {slideLevel} : {};
}
