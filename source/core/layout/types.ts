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
	/** The segment is blank cells an image is drawn over (one row of it). */
	readonly image?: ImageCell;
};

/**
One row of the cells reserved for an image. An image of `rows` rows is `rows`
lines, each with one segment of `cols` spaces carrying its cell with `row`
0..rows-1; whoever draws pixels finds them here after each frame.
*/
export type ImageCell = {
	/** The image and its size in cells (`src@colsxrows`): an encoding can be cached under it. */
	readonly key: string;
	/** The path as the deck writes it: the key of `imageSizes` and of the image source. */
	readonly src: string;
	readonly cols: number;
	readonly rows: number;
	readonly row: number;
};

/** An image's size in pixels, read from its header. */
export type PixelSize = {readonly width: number; readonly height: number};

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
	/**
	The pixel size of each image that can be drawn, keyed by its `src` as
	written. An image not in it (missing, broken, refused, remote) is laid
	out as its alt text.
	*/
	readonly imageSizes?: ReadonlyMap<string, PixelSize>;
	/** The size of a terminal cell in pixels, for an image's aspect ratio; 10×20 (twice as tall as wide) when unknown. */
	readonly cellPixels?: PixelSize;
};
