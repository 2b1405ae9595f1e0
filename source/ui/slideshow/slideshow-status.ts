import type {SlideshowState} from '../../core/show/slideshow-types.js';

export type Status = {
	readonly text: string;
	readonly role: 'prompt' | 'hint' | 'muted' | 'error';
};

/** What the status line says, most pressing first: the search being typed, a message, a number being typed, the deck's problem, the resume hint, the search shown. */
export function statusOf(state: SlideshowState, banner: string | undefined): Status {
	if (state.overlay === 'search') {
		return {text: `/${state.draft}▏  Enter search · Esc cancel`, role: 'prompt'};
	}

	if (state.message !== undefined) {
		return {text: state.message, role: 'hint'};
	}

	if (state.pending.length > 0) {
		const typed = state.pending.join('');
		return /^\d+$/.test(typed)
			? {text: `Go to slide ${typed}: Enter or G`, role: 'prompt'}
			: {text: `${typed}…`, role: 'prompt'};
	}

	if (banner !== undefined) {
		return {text: banner, role: 'error'};
	}

	if (state.resumeHint && state.resumeSlide !== undefined) {
		return {text: `Press r to resume at slide ${state.resumeSlide}`, role: 'hint'};
	}

	if (state.search !== undefined) {
		return {text: `/${state.search.query}: n next, N previous, Esc clear`, role: 'muted'};
	}

	return {text: '', role: 'muted'};
}
