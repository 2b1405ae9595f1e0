import {render} from 'ink';
import type {Deck} from '../deck/types.js';
import {isNoColor, supportsHyperlinks} from './hyperlink.js';
import {deckNeedsHighlighter, loadHighlighter} from './layout/index.js';
import {Slideshow, type SlideshowResult} from './slideshow/Slideshow.js';
import {enterTerminal} from './terminal.js';
import {chooseTheme} from './theme.js';
import {ThemeContext} from './use-theme.js';

export type {SlideshowResult} from './slideshow/Slideshow.js';

export type SlideshowOptions = {
	/** 1-based slide to open on, already resolved from --slide. */
	readonly startSlide?: number;
	readonly theme: 'dark' | 'light';
	/** False for --no-color; NO_COLOR in the environment also turns colour off. */
	readonly color: boolean;
	/** Offer the deck's quiz on the end screen (Enter resolves with `{next: 'quiz'}`). */
	readonly offerQuiz: boolean;
	readonly screenReader: boolean;
	/** 1-based slide the last session ended on; above 1, a hint offers `r` to go there. */
	readonly resumeSlide?: number;
	/** Called with the 1-based slide number on every slide change, for the caller to save. */
	readonly onPosition?: (slide: number) => void;
	readonly stdin?: NodeJS.ReadStream;
	readonly stdout?: NodeJS.WriteStream;
	readonly env?: Readonly<Record<string, string | undefined>>;
};

const isResult = (value: unknown): value is SlideshowResult =>
	typeof value === 'object' && value !== null && 'next' in value && (value.next === 'quit' || value.next === 'quiz');

/** Plays a deck full-screen until the user quits or starts the quiz, then restores the terminal. */
export async function runSlideshow(deck: Deck, options: SlideshowOptions): Promise<SlideshowResult> {
	const stdin = options.stdin ?? process.stdin;
	const stdout = options.stdout ?? process.stdout;
	const env = options.env ?? process.env;
	const color = options.color && !isNoColor(env);
	const hyperlinks = supportsHyperlinks({isTTY: stdout.isTTY === true, env, color});
	// lowlight is large: only a deck with code pays for loading it.
	const highlighter = deckNeedsHighlighter(deck.slides) ? await loadHighlighter() : undefined;

	const terminal = enterTerminal({stdin, stdout});
	try {
		const instance = render(
			<ThemeContext value={chooseTheme(options.theme, color)}>
				<Slideshow
					deck={deck}
					highlighter={highlighter}
					hyperlinks={hyperlinks}
					offerQuiz={options.offerQuiz}
					startSlide={options.startSlide}
					resumeSlide={options.resumeSlide}
					onPosition={options.onPosition}
				/>
			</ThemeContext>,
			{
				stdin,
				stdout,
				exitOnCtrlC: false,
				patchConsole: false,
				isScreenReaderEnabled: options.screenReader || env['INK_SCREEN_READER'] === 'true',
			},
		);
		const result = await instance.waitUntilExit();
		return isResult(result) ? result : {next: 'quit'};
	} finally {
		terminal.restore();
	}
}
