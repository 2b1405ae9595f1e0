/*
jpeg-js's decoder on its own: the package's main entry also brings its
encoder, which is never used here. Its types are the package's own, for the
options this program passes.
*/
declare module 'jpeg-js/lib/decoder.js' {
	type DecodeOptions = {
		readonly useTArray: true;
		readonly formatAsRGBA: true;
		readonly maxResolutionInMP?: number;
		readonly maxMemoryUsageInMB?: number;
	};

	export default function decode(data: Uint8Array, options: DecodeOptions): {width: number; height: number; data: Uint8Array};
}
