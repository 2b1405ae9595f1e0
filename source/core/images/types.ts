/**
Images as pixels, and what the slideshow is handed to draw them: the types the
reader (io/images), the layout and the terminal encoders share.
*/

/** An image's pixels: 8-bit RGBA, row-major, `width * height * 4` bytes. */
export type DecodedImage = {
	readonly width: number;
	readonly height: number;
	readonly data: Uint8Array;
};

/** The formats decoded here; any other (SVG, WebP, …) is shown as its alt text. */
export type ImageFormat = 'png' | 'jpeg' | 'gif';

/** What an image may cost before it is refused. */
export type ImageLimits = {
	/** Largest file read. */
	readonly maxBytes: number;
	/** Most pixels decoded (width × height from the header, checked before decoding). */
	readonly maxPixels: number;
};

export const defaultImageLimits: ImageLimits = {maxBytes: 8 * 1024 * 1024, maxPixels: 40_000_000};

/** Why an image is not shown: words for a warning, with nothing from the file quoted unsanitized. */
export type ImageProblem = {readonly ok: false; readonly problem: string};

export type ImageHeader = {
	readonly ok: true;
	readonly width: number;
	readonly height: number;
	readonly format: ImageFormat;
	/** The real path, inside the deck's directory tree. */
	readonly path: string;
	/** A digest of the file's bytes: the same file read again, or changed under the same name. */
	readonly version: string;
};

export type DecodeResult = {readonly ok: true; readonly image: DecodedImage} | ImageProblem;

/**
A deck's images as the slideshow gets them: their sizes for the layout, and
their pixels on demand, decoded once and kept in a cache bounded in bytes. A
screen is handed this and never reads a file itself.
*/
export type ImageSource = {
	/** Pixel sizes of the images that can be drawn, keyed by `src` as written. */
	readonly sizes: ReadonlyMap<string, {readonly width: number; readonly height: number}>;
	/** Why each of the others is not drawn, keyed the same way. */
	readonly problems: ReadonlyMap<string, string>;
	/** A digest of each drawable image's bytes: an encoding made for one version is kept for it, and only for it. */
	readonly versions: ReadonlyMap<string, string>;
	/** The image's pixels at its own size. */
	readonly decode: (src: string) => Promise<DecodeResult>;
	/**
	Tells `listener` when an image is found broken past its header: `sizes` is
	then a new map without it, for a layout made before to be made again, with
	the image as its alt text. Returns the unsubscribe.
	*/
	readonly onChange: (listener: () => void) => () => void;
	/** The image's pixels scaled to `width` × `height`, cached per size. */
	readonly scaled: (src: string, width: number, height: number) => Promise<DecodeResult>;
};
