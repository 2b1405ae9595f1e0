/** A decoded picture: `width × height` pixels, 4 bytes each (red, green, blue, alpha), row by row. */
export type DecodedImage = {
	readonly width: number;
	readonly height: number;
	readonly data: Uint8Array;
};
