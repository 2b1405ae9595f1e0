/** A decoded picture: `width × height` pixels, 4 bytes each (red, green, blue, alpha), row by row. */
export type DecodedImage = {
	readonly width: number;
	readonly height: number;
	readonly data: Uint8Array;
};

/** Where a screen gets the deck's pictures: their sizes, read up front, and their pixels, decoded on demand. */
export type ImageSource = {
	readonly sizes: ReadonlyMap<string, {readonly width: number; readonly height: number}>;
	readonly decode: (src: string) => Promise<DecodedImage | undefined>;
};
