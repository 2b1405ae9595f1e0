/**
What the layout step hands to the components: lines of styled segments that
already fit the width. Components only map these to `<Text>`; they never wrap,
measure or parse.
*/

/** Semantic colour roles; the theme maps each to a colour (or none). */
export type Role =
	| 'text'
	| 'title'
	| 'heading'
	| 'accent'
	| 'muted'
	| 'code'
	| 'link'
	| 'quote'
	| 'border'
	| 'match'
	| 'keyword'
	| 'string'
	| 'comment'
	| 'number'
	| 'symbol';

export type SegmentStyle = {
	readonly role?: Role;
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly strike?: boolean;
	readonly dim?: boolean;
	readonly inverse?: boolean;
	/** Link target, drawn as an OSC 8 hyperlink where the terminal supports it. */
	readonly href?: string;
	/** This line is one row of a picture's cells (see ImageCell). */
	readonly image?: ImageCell;
};

/**
A picture laid out as `rows` lines, each one segment of `cols` spaces whose
style carries this: which row of the picture the line is (0 to rows - 1).
`key` is the source and the size, so a picture is scaled once per size.
*/
export type ImageCell = {
	readonly key: string;
	readonly src: string;
	readonly cols: number;
	readonly rows: number;
	readonly row: number;
};

/** A run of text that is at most one line and already sanitized. */
export type Segment = {
	readonly text: string;
	readonly style: SegmentStyle;
};

export type Line = readonly Segment[];

/** One screenful of a slide. A slide taller than the screen has several. */
export type Page = {
	readonly lines: readonly Line[];
	/** This page continues the slide from a previous page. */
	readonly continued: boolean;
	/** More of the slide follows on a next page. */
	readonly more: boolean;
};

export type LayoutOptions = {
	/** Columns available to the slide body. */
	readonly width: number;
	/** Rows available to the slide body (the footer is not included). */
	readonly height: number;
	/** Search text to mark with the `match` role, case-insensitive. */
	readonly highlight?: string;
	/**
	Lay out each link's URL after its text, as muted ` (https://…)`: for
	terminals without OSC 8 hyperlinks. It wraps like any text, so it is never
	cut at the edge. `#slug` links to slides get none.
	*/
	readonly linkUrls?: boolean;
};
