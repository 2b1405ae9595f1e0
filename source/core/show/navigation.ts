/**
Where the slideshow is: a slide, one of its steps (`<!-- pause -->`) and one of
the pages that step needs at the current terminal size. Pages come from the
layout step, so the reducer is told how many there are instead of measuring.
*/

export type Position = {
	/** 0-based slide index. */
	readonly slide: number;
	/** 0-based step of the slide: how many pauses have been passed. */
	readonly step: number;
	/** 0-based page of that step, for a slide taller than the screen. */
	readonly page: number;
	/** Past the last slide: the end screen. */
	readonly atEnd: boolean;
};

export type NavigationCommand =
	| {readonly type: 'next'}
	| {readonly type: 'previous'}
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	/** `slide` is a 0-based index; out of range is clamped. */
	| {readonly type: 'goto'; readonly slide: number; readonly step?: number; readonly page?: number}
	| {readonly type: 'reveal-all'};

export type NavigationContext = {
	readonly slideCount: number;
	/** Steps of a slide (at least 1). */
	readonly stepCount: (slide: number) => number;
	/** Pages a slide needs at one of its steps (at least 1). */
	readonly pageCount: (slide: number, step: number) => number;
	/** The page showing what a step revealed, with as much before it as fits (default: its first). */
	readonly revealPage?: (slide: number, step: number) => number;
};

export function startPosition(slide = 0): Position {
	return {slide, step: 0, page: 0, atEnd: false};
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

const stepsOf = (context: NavigationContext, slide: number): number => Math.max(1, context.stepCount(slide));

const pagesOf = (context: NavigationContext, slide: number, step: number): number =>
	Math.max(1, context.pageCount(slide, step));

const endOf = (context: NavigationContext): Position => ({
	slide: Math.max(0, context.slideCount - 1),
	step: 0,
	page: 0,
	atEnd: true,
});

/** The last step and page of a slide: where going back into it lands. */
const finalPosition = (context: NavigationContext, slide: number): Position => {
	const step = stepsOf(context, slide) - 1;
	return {slide, step, page: pagesOf(context, slide, step) - 1, atEnd: false};
};

/**
Brings a position inside the deck. A resize can leave the page index past the
pages a slide now needs; every command starts from the fixed-up position.
*/
export function normalize(position: Position, context: NavigationContext): Position {
	if (context.slideCount === 0) {
		return endOf(context);
	}

	if (position.atEnd) {
		return endOf(context);
	}

	const slide = clamp(position.slide, 0, context.slideCount - 1);
	const step = clamp(position.step, 0, stepsOf(context, slide) - 1);
	const page = clamp(position.page, 0, pagesOf(context, slide, step) - 1);
	return {slide, step, page, atEnd: false};
}

export function navigate(state: Position, command: NavigationCommand, context: NavigationContext): Position {
	const position = normalize(state, context);
	if (context.slideCount === 0) {
		return position;
	}

	const {slide, step, page} = position;
	switch (command.type) {
		case 'next': {
			if (position.atEnd) {
				return position;
			}

			if (page + 1 < pagesOf(context, slide, step)) {
				return {...position, page: page + 1};
			}

			if (step + 1 < stepsOf(context, slide)) {
				const revealed = context.revealPage?.(slide, step + 1) ?? 0;
				return {...position, step: step + 1, page: clamp(revealed, 0, pagesOf(context, slide, step + 1) - 1)};
			}

			if (slide + 1 < context.slideCount) {
				return startPosition(slide + 1);
			}

			return endOf(context);
		}

		case 'previous': {
			if (position.atEnd) {
				return finalPosition(context, context.slideCount - 1);
			}

			if (page > 0) {
				return {...position, page: page - 1};
			}

			if (step > 0) {
				return {...position, step: step - 1, page: pagesOf(context, slide, step - 1) - 1};
			}

			if (slide > 0) {
				return finalPosition(context, slide - 1);
			}

			return position;
		}

		case 'first': {
			return startPosition(0);
		}

		case 'last': {
			return startPosition(context.slideCount - 1);
		}

		case 'goto': {
			return normalize(
				{slide: command.slide, step: command.step ?? 0, page: command.page ?? 0, atEnd: false},
				context,
			);
		}

		case 'reveal-all': {
			if (position.atEnd) {
				return position;
			}

			const lastStep = stepsOf(context, slide) - 1;
			return {...position, step: lastStep, page: Math.min(page, pagesOf(context, slide, lastStep) - 1)};
		}
	}
}
