/**
The deck model: what a deck file means, independent of how it is shown.

Every string in the model has already been through `sanitize()`: no control
character from a deck file survives into it, so any consumer may print it.
*/

/** Inline styling of a run of text. A run can carry several at once. */
export type SpanStyle = {
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly strike?: boolean;
	/** Inline code: shown verbatim, never wrapped inside a word. */
	readonly code?: boolean;
	/** The target of a link this run belongs to. */
	readonly href?: string;
	/** The run is an image's alt text (an image inside a line of text is shown as its alt text). */
	readonly image?: boolean;
	/** Stands in for something that cannot be shown (an HTML `<iframe>`): drawn muted. */
	readonly muted?: boolean;
};

/**
A run of text with one style. Paragraph text is a flat list of runs, which
keeps wrapping and rendering simple; a hard line break is a run `"\n"`.
*/
export type Span = {
	readonly text: string;
	readonly style: SpanStyle;
};

export type Alignment = 'left' | 'center' | 'right';

/** The kinds of GitHub alert (`> [!NOTE]`), drawn as labelled callouts. */
export type AlertKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

export type ListItem = {
	readonly blocks: readonly Block[];
	/** `true`/`false` for a GFM task item (`- [x]`/`- [ ]`), absent otherwise. */
	readonly checked?: boolean;
};

/**
The size an author asked for: presenterm's `image:width:50%`, Marp's `w:200px`,
an HTML `width`. Percentages are of the slide body; pixels are image pixels.
*/
export type ImageSizeHint = {
	readonly widthPercent?: number;
	readonly heightPercent?: number;
	readonly widthPixels?: number;
	readonly heightPixels?: number;
};

/**
Where an image sits: Marp's `bg left` and `bg right` beside the text, `bg`
(a background in Marp) drawn as an ordinary image, since text is never drawn
over pixels here.
*/
export type ImagePlacement = 'left' | 'right' | 'background';

/** Every block keeps the 1-based source line it starts on. */
export type Block =
	| {readonly kind: 'heading'; readonly level: number; readonly spans: readonly Span[]; readonly line: number; readonly align?: 'center'}
	/** `align`: mdp's `-> centred <-` lines. */
	| {readonly kind: 'paragraph'; readonly spans: readonly Span[]; readonly line: number; readonly align?: 'center'}
	| {
		readonly kind: 'list';
		readonly ordered: boolean;
		/** Number of the first item of an ordered list. */
		readonly start: number;
		/** Tight lists (no blank lines between items) are drawn without gaps. */
		readonly tight: boolean;
		readonly items: readonly ListItem[];
		/**
		The list goes on from the list above it, revealed a step later
		(presenterm's incremental lists): drawn right under it, as one list.
		*/
		readonly continues?: boolean;
		readonly line: number;
	}
	| {
		readonly kind: 'table';
		readonly align: readonly Alignment[];
		readonly header: ReadonlyArray<readonly Span[]>;
		readonly rows: ReadonlyArray<ReadonlyArray<readonly Span[]>>;
		readonly line: number;
	}
	| {
		readonly kind: 'code';
		readonly language: string;
		readonly text: string;
		readonly line: number;
		/** Source line of the code's first line (under a fence's opening line); `line` when absent. */
		readonly firstLine?: number;
		/** presenterm's `+line_numbers`: each line is shown with its number. */
		readonly lineNumbers?: boolean;
	}
	| {
		readonly kind: 'quote';
		readonly blocks: readonly Block[];
		/** A GitHub alert (`> [!NOTE]`): the quote is a callout with this label. */
		readonly alert?: AlertKind;
		readonly line: number;
	}
	| {readonly kind: 'rule'; readonly line: number}
	/**
	An image alone in its paragraph (`![alt](path)`) or an HTML `<img>` on its
	own. `src` is the path as written (sanitized, percent-escapes decoded); `alt`
	is the caption without the dialects' size keywords.
	*/
	| {
		readonly kind: 'image';
		readonly src: string;
		readonly alt: string;
		readonly size?: ImageSizeHint;
		readonly placement?: ImagePlacement;
		readonly line: number;
	}
	/** Blank lines (presenterm's `<!-- new_lines: 3 -->`); fewer when the slide would not fit. */
	| {readonly kind: 'space'; readonly lines: number; readonly line: number}
	| {
		/**
		Blocks side by side (presenterm's `column_layout`, Slidev's `two-cols`),
		stacked in order where the screen is too narrow for them.
		*/
		readonly kind: 'columns';
		/** Each column's share of the width, as written (`[2, 1]`: two thirds and one third). */
		readonly widths: readonly number[];
		/** One list of blocks per column, as many as `widths`. */
		readonly columns: ReadonlyArray<readonly Block[]>;
		/**
		Pauses inside the columns: for each step that shows this block only in
		part, how many blocks of each column it shows. The slide's `steps` hold
		this block's count once for each entry here (see `Slide.steps`).
		*/
		readonly reveal?: ReadonlyArray<readonly number[]>;
		readonly line: number;
	};

export type Slide = {
	/** 1-based position in the deck. */
	readonly number: number;
	/** Plain text of the first heading, or '' for a slide without one. */
	readonly title: string;
	/** GitHub-style slug of the title ('' when there is no title). */
	readonly slug: string;
	readonly blocks: readonly Block[];
	/**
	Where `<!-- pause -->` splits the slide: each entry is the number of
	top-level blocks shown in that step. The last step shows every block, so a
	slide without pauses has `steps = [blocks.length]`. A count may repeat when
	a pause falls inside a `columns` block: the k-th step showing up to that
	block shows it as its `reveal[k]` says (whole once `reveal` runs out).
	*/
	readonly steps: readonly number[];
	/** Speaker notes, in source order. */
	readonly notes: readonly string[];
	/**
	The step (index into `steps`) each note belongs to, in the order of
	`notes`: a note written after a `<!-- pause -->` is for the step that
	pause starts. Absent means every note is for the first step.
	*/
	readonly noteSteps?: readonly number[];
	/** The slide's time budget in seconds, from `<!-- time: 90s -->`. */
	readonly time?: number;
	/** 1-based source line of the slide's first line. */
	readonly line: number;
	/**
	presenterm's `jump_to_middle`: the index of the first block after it. The
	blocks from there on sit in the middle of the screen.
	*/
	readonly middle?: number;
	/**
	The deck's title slide, drawn large and centred: the first slide, when it
	starts with a `#` heading that is the front matter's title or holds only
	that heading and subtitle headings under it.
	*/
	readonly titleSlide?: boolean;
};

export type QuestionKind = 'single' | 'multiple' | 'card';

export type QuizOption = {
	/** Plain text of the option. */
	readonly text: string;
	readonly spans: readonly Span[];
	readonly correct: boolean;
	/** Content indented under the option: shown when it is chosen. */
	readonly feedback: readonly Block[];
	readonly line: number;
};

export type Question = {
	readonly id: string;
	readonly prompt: string;
	readonly kind: QuestionKind;
	/** Empty for a self-graded card. */
	readonly options: readonly QuizOption[];
	/** Indexes into `options` of the right answers. */
	readonly correct: readonly number[];
	/** Shown after answering; for a card, this is the answer itself. */
	readonly explanation: readonly Block[];
	/** Number of the slide the explanation links to (`#slug` or `#3`), if any. */
	readonly slide?: number;
	readonly line: number;
	/** What `check` judges the question by beyond its text; absent when there is nothing. */
	readonly lint?: QuestionLint;
};

/** What the item rules (core/deck/item-rules.ts) need that a question's plain text loses. */
export type QuestionLint = {
	/** Text the prompt sets in bold or italics: a negative word there is emphasised. */
	readonly emphasis?: readonly string[];
	/** Each `<!-- lint-ignore: rule -->` under the question: the rule it names, and its line. */
	readonly ignore?: ReadonlyArray<{readonly rule: string; readonly line: number}>;
};

export type Quiz = {
	readonly title: string;
	readonly questions: readonly Question[];
	/** A short hash of the quiz content, to tell when a quiz changed. */
	readonly hash: string;
};

export type DeckMeta = {
	readonly title: string;
	readonly subtitle?: string;
	readonly author?: string;
	readonly date?: string;
	/** Planned talk length in minutes. */
	readonly duration?: number;
	/** Front matter `max_width`: the most columns a slide takes on screen. */
	readonly maxWidth?: number;
	/**
	Stable id for score history: front matter `id`, else slug of the title.
	Once a command has looked in the store, the id the deck's history is kept
	under there (see core/records/deck-identity.ts), which every store user keys by.
	*/
	readonly id: string;
	/**
	The id as the deck itself gives it (`id` may since have become the one
	the store keeps its history under); whether it is written as `id:`
	(`explicit`) or taken from the title; and the line that says so. Absent
	on decks not parsed from a file.
	*/
	readonly idOrigin?: {readonly id: string; readonly explicit: boolean; readonly line: number};
};

export type Deck = {
	readonly meta: DeckMeta;
	readonly slides: readonly Slide[];
	/** Absent when the deck has no `<!-- quiz -->` section. */
	readonly quiz?: Quiz;
};

export type Severity = 'error' | 'warning';

export type Diagnostic = {
	readonly severity: Severity;
	/** 1-based. */
	readonly line: number;
	/** 1-based. */
	readonly column: number;
	readonly message: string;
	readonly hint?: string;
	/**
	An error the deck was repaired around for showing (a broken `#link` is
	shown as plain text): `check` still fails, but a talk is not refused.
	*/
	readonly recovered?: boolean;
	/** The item-writing rule a warning comes from (`longest-option`), which `<!-- lint-ignore: … -->` names. */
	readonly rule?: string;
};
