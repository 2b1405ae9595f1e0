import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import {convertBlock, endOf, htmlImageBlock, lineOf, takeBackgroundImages} from './blocks.js';
import type {Dialect} from './dialect.js';
import {headingRule, type SplitSettings} from './dialect-splits.js';
import {classifyComment, splitHtml} from './directives.js';
import {readHtmlBlock} from './html-blocks.js';
import {spansToText} from './inline.js';
import {readMarpComment} from './marp.js';
import {applyDirective, closeLayout, type DirectiveReading} from './slide-directives.js';
import {addBlock, blockTarget, draftHasContent, type SlideDraft} from './slides.js';
import type {TimeBudget} from './time-budgets.js';
import type {Diagnostic} from './types.js';

export type SlideSplit = {
	/** The slides in order, skipped ones left out. */
	readonly drafts: readonly SlideDraft[];
	/** The token after `<!-- quiz -->`, where the quiz starts; absent without one. */
	readonly quizStart?: number;
	readonly budgets: readonly TimeBudget[];
	readonly diagnostics: readonly Diagnostic[];
};

/** How the deck's own tool reads it: see dialect.ts. */
export type SplitDialect = SplitSettings & {
	readonly dialect: Dialect;
	/** Lines whose block is centred (mdp's `-> centred <-`). */
	readonly centred?: ReadonlySet<number>;
};

/**
Cuts the body's top-level tokens into slides, applying each slide's
directives: a slide ends at `---`, or at a heading where the deck's tool
starts a slide (see dialect-splits.ts), or, in a deck that uses
`<!-- end_slide -->`, only there. Reading stops at `<!-- quiz -->`.
*/
export function splitSlides(tokens: readonly Token[], lines: readonly string[], columnOf: (line: number) => number, reading_: SplitDialect = {dialect: 'briefing-deck'}): SlideSplit {
	const {dialect, centred} = reading_;
	const marp = dialect === 'marp';
	const usesEndSlide = tokens.some(token => token.type === 'html_block' && token.level === 0 && splitHtml(token.content).comments.some(body => classifyComment(body).kind === 'end-slide'));
	const headingDivider = reading_.headingDivider ?? (marp ? commentDirective(tokens, 'headingDivider') : undefined);
	const rule = usesEndSlide ? undefined : headingRule(tokens, dialect, {...reading_, headingDivider});
	const reading: DirectiveReading = {lines, columnOf, diagnostics: [], budgets: [], reportedDirectives: new Set()};
	const {diagnostics} = reading;
	const drafts: SlideDraft[] = [];
	let draft: SlideDraft = {blocks: [], steps: [], notes: [], noteSteps: [], line: 1};
	let draftStarted = false;
	let quizStart: number | undefined;

	const closeSlide = (nextLine: number) => {
		closeLayout(draft, reading);
		if (!draftHasContent(draft) && draft.hiddenOnly !== undefined) {
			// What the slide held cannot be shown: say so in its place, so it is not lost.
			draft.blocks.push({kind: 'paragraph', spans: [{text: `[${draft.hiddenOnly}]`, style: {muted: true}}], line: draft.line});
		}

		if (draftHasContent(draft) && !draft.skip) {
			drafts.push(draft);
		}

		draft = {blocks: [], steps: [], notes: [], noteSteps: [], line: nextLine};
		draftStarted = false;
	};

	const unshown = (feature: string, line: number, outcome?: string, hint?: string) => {
		(draft.unshown ??= []).push({feature, line, ...(outcome === undefined ? {} : {outcome}), ...(hint === undefined ? {} : {hint})});
	};

	const applyComment = (body: string, line: number, topLevel: boolean) => {
		const directives = marp ? readMarpComment(body) : undefined;
		if (directives) {
			if (directives.directives['backgroundImage'] !== undefined || directives.directives['_backgroundImage'] !== undefined) {
				// A CSS `url(…)` with no file of its own to draw; a slide that had only that keeps a mark of it.
				unshown('Marp `backgroundImage` directives', line);
				draft.hiddenOnly ??= 'Marp background image';
			}

			return;
		}

		applyDirective(classifyComment(body), line, topLevel, draft, reading);
	};

	const events = {
		onComment(body: string, line: number, topLevel: boolean) {
			applyComment(body, line, topLevel);
		},
	};

	for (let index = 0; index < tokens.length && quizStart === undefined; index = endOf(tokens, index)) {
		const token = tokens[index]!;
		const line = lineOf(token);
		if (!draftStarted) {
			draft.line = line;
			draftStarted = true;
		}

		if (token.type === 'hr' && !usesEndSlide) {
			closeSlide(line + 1);
			continue;
		}

		if (token.type === 'html_block') {
			const image = htmlImageBlock(token.content, line);
			if (image) {
				addBlock(draft, image);
				continue;
			}

			const html = readHtmlBlock(token.content);
			for (const body of html.comments) {
				const directive = classifyComment(body);
				if (directive.kind === 'end-slide') {
					closeSlide(line + 1);
				} else if (directive.kind === 'quiz') {
					quizStart = endOf(tokens, index);
				} else {
					applyComment(body, line, true);
				}
			}

			addHtml(html, line);
			continue;
		}

		const level = token.type === 'heading_open' ? Number(token.tag.slice(1)) : 0;
		if (level > 0 && rule?.section(level)) {
			closeSlide(line);
			draft.line = line;
			draft.section = true;
			const block = convertBlock(tokens, index, endOf(tokens, index), events, true);
			if (block) {
				draft.blocks.push(block);
			}

			closeSlide(endOf(tokens, index));
			continue;
		}

		if (level > 0 && rule?.starts(level) && draftHasContent(draft)) {
			closeSlide(line);
			draft.line = line;
			draftStarted = true;
		}

		// mdp, too, reads `---` under text as a heading: its decks mean it.
		if (token.type === 'heading_open' && token.markup === '-' && !usesEndSlide && dialect !== 'mdp') {
			const underline = token.map ? token.map[1] : line + 1;
			diagnostics.push({
				severity: 'warning',
				line: underline,
				column: 1,
				message: '`---` directly under a line of text makes that line a heading, not a slide break',
				hint: 'add a blank line above `---` to start a new slide',
			});
		}

		const backgrounds = marp ? takeBackgroundImages(tokens, index) : undefined;
		const converted = backgrounds ? convertBlock(backgrounds.rest, 0, backgrounds.rest.length, events, true) : convertBlock(tokens, index, endOf(tokens, index), events, true);
		// A line of only background images leaves no text: nothing of it is shown but the images.
		const text = converted?.kind === 'paragraph' && backgrounds && spansToText(converted.spans).trim() === '' ? undefined : converted;
		for (const block of [...(text ? [text] : []), ...(backgrounds?.images ?? [])]) {
			if (dialect === 'slides' && block.kind === 'code' && token.markup.startsWith('~~~') && block.language !== '') {
				unshown('the slides tool\'s `~~~` pre-process commands', line, 'are not run; their input is shown as code', 'briefing-deck never runs a deck\'s commands');
			}

			addBlock(draft, centred?.has(line) && (block.kind === 'paragraph' || block.kind === 'heading') ? {...block, align: 'center'} : block);
		}
	}

	closeSlide(1);
	return {drafts, ...(quizStart === undefined ? {} : {quizStart}), budgets: reading.budgets, diagnostics};

	function addHtml(html: ReturnType<typeof readHtmlBlock>, line: number): void {
		if (html.style) {
			unshown('CSS `<style>` sheets', line, 'are not applied');
			draft.hiddenOnly ??= 'CSS styles';
		}

		if (html.text) {
			blockTarget(draft).push({kind: 'paragraph', spans: [{text: sanitize(html.text), style: {}}], line});
		} else if (html.placeholder) {
			blockTarget(draft).push({kind: 'paragraph', spans: html.placeholder, line});
			if (html.unshown !== undefined) {
				unshown(html.unshown, line);
			}
		} else if (html.wrapperOnly) {
			draft.hiddenOnly ??= 'HTML';
		}
	}
}

/** A global directive written in a comment anywhere in a Marp deck. */
function commentDirective(tokens: readonly Token[], name: string): unknown {
	for (const token of tokens) {
		if (token.type === 'html_block') {
			for (const body of splitHtml(token.content).comments) {
				const value = readMarpComment(body)?.directives[name];
				if (value !== undefined) {
					return value;
				}
			}
		}
	}

	return undefined;
}
