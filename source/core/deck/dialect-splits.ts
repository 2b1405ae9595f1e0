/**
Where each dialect starts a slide at a heading, by its tool's own rule:
briefing-deck and presenterm at the top level when it repeats (with no `---`
in the deck), patat at its slide level (`slideLevel`, else the least level
followed by content) with a title slide for each heading above it, lookatme
at the least level below a one-off title heading, Marp at `headingDivider`;
mdp and the slides tool never.
*/
import type {Token} from 'markdown-it';
import {minOf} from '../text/arrays.js';
import {endOf} from './blocks.js';
import type {Dialect} from './dialect.js';
import {classifyComment, splitHtml} from './directives.js';
import {headingDividerLevels} from './marp.js';

export type HeadingRule = {
	/** A heading of this level starts a new slide. */
	readonly starts: (level: number) => boolean;
	/** A heading of this level is a title slide of its own (patat's sections). */
	readonly section: (level: number) => boolean;
};

const never = (): boolean => false;

/** The top-level blocks up to the quiz: a heading's level, or 0 for anything else. */
function topLevelBlocks(tokens: readonly Token[]): {levels: number[]; rules: number} {
	const levels: number[] = [];
	let rules = 0;
	for (let index = 0; index < tokens.length; index = endOf(tokens, index)) {
		const token = tokens[index]!;
		if (token.type === 'html_block') {
			const {comments, rest} = splitHtml(token.content);
			if (comments.some(body => classifyComment(body).kind === 'quiz')) {
				break;
			}

			// A comment is a speaker note, which patat leaves out of this count.
			if (rest === '' && comments.length > 0) {
				continue;
			}
		}

		if (token.type === 'hr') {
			rules++;
		}

		levels.push(token.type === 'heading_open' ? Number(token.tag.slice(1)) : 0);
	}

	return {levels, rules};
}

/** patat's `detectSlideLevel`: the least heading level that is followed by something not a heading. */
export function patatSlideLevel(levels: readonly number[]): number {
	let level = 6;
	for (let index = 0; index + 1 < levels.length; index++) {
		const here = levels[index]!;
		if (here > 0 && here < level && levels[index + 1] === 0) {
			level = here;
		}
	}

	return level;
}

/** lookatme's smart split: a first heading of a level met once is the title; slides start at the least other level. */
function lookatmeLevel(levels: readonly number[]): number | undefined {
	const headings = levels.filter(level => level > 0);
	const first = headings[0];
	const rest = first !== undefined && headings.filter(level => level === first).length === 1 ? headings.filter(level => level !== first) : headings;
	return minOf(rest);
}

/** The top heading level when it occurs more than once (a deck with no slide breaks is split there, as lookatme does); else none, and the deck is one slide. */
function repeatedTopLevel(levels: readonly number[]): number | undefined {
	const headings = levels.filter(level => level > 0);
	const top = minOf(headings);
	return headings.filter(level => level === top).length > 1 ? top : undefined;
}

export type SplitSettings = {
	/** patat's `patat: {slideLevel: N}` from the front matter. */
	readonly slideLevel?: number;
	/** Marp's `headingDivider`, from the front matter or a directive comment. */
	readonly headingDivider?: unknown;
};

export function headingRule(tokens: readonly Token[], dialect: Dialect, settings: SplitSettings): HeadingRule {
	switch (dialect) {
		case 'mdp':
		case 'slides': {
			return {starts: never, section: never};
		}

		case 'marp': {
			const levels = headingDividerLevels(settings.headingDivider);
			return {starts: level => levels.has(level), section: never};
		}

		case 'patat': {
			const {levels, rules} = topLevelBlocks(tokens);
			if (rules > 0) {
				return {starts: never, section: never};
			}

			const slideLevel = settings.slideLevel ?? patatSlideLevel(levels);
			return {starts: level => level === slideLevel, section: level => level < slideLevel};
		}

		case 'lookatme': {
			const {levels, rules} = topLevelBlocks(tokens);
			const level = rules > 0 ? undefined : lookatmeLevel(levels);
			return {starts: candidate => candidate === level, section: never};
		}

		default: {
			const {levels, rules} = topLevelBlocks(tokens);
			const level = rules > 0 ? undefined : repeatedTopLevel(levels);
			return {starts: candidate => candidate === level, section: never};
		}
	}
}
