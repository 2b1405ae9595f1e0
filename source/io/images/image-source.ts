/**
A deck's images for one run: every header read as the deck opens (the layout
needs the sizes before the first slide is drawn), pixels decoded when first
asked for and kept, within a budget of bytes, with each size they were
scaled to. A screen gets this as a prop and never reads a file.
*/
import {createByteCache} from '../../core/images/byte-cache.js';
import {scaleImage} from '../../core/images/scale.js';
import {defaultImageLimits, type DecodeResult, type ImageLimits, type ImageSource} from '../../core/images/types.js';
import {decodeImage, readImageHeader} from './read-image.js';

/** Decoded pixels kept at once: a dozen full-HD photos. */
const DECODED_BYTES = 128 * 1024 * 1024;
/** Scaled copies kept: one slide's worth at many sizes, as the terminal is resized. */
const SCALED_BYTES = 32 * 1024 * 1024;

export async function openImageSource(deckDir: string, sources: readonly string[], limits: ImageLimits = defaultImageLimits): Promise<ImageSource> {
	const sizes = new Map<string, {width: number; height: number}>();
	const problems = new Map<string, string>();
	for (const src of sources) {
		const header = await readImageHeader(deckDir, src, limits);
		if (header.ok) {
			sizes.set(src, {width: header.width, height: header.height});
		} else {
			problems.set(src, header.problem);
		}
	}

	const sizeOf = (result: DecodeResult): number => (result.ok ? result.image.data.byteLength : 0);
	const decoded = createByteCache<DecodeResult>(DECODED_BYTES, sizeOf);
	const scaled = createByteCache<DecodeResult>(SCALED_BYTES, sizeOf);
	const pending = new Map<string, Promise<DecodeResult>>();

	const decode = async (src: string): Promise<DecodeResult> => {
		const problem = problems.get(src);
		if (problem !== undefined || !sizes.has(src)) {
			return {ok: false, problem: problem ?? 'is not an image of this deck'};
		}

		const cached = decoded.get(src);
		if (cached) {
			return cached;
		}

		// Two frames asking at once share one decode.
		let running = pending.get(src);
		if (!running) {
			running = decodeImage(deckDir, src, limits).then(result => {
				pending.delete(src);
				decoded.set(src, result);
				if (!result.ok) {
					// Broken past its header: the next layout shows its alt text.
					problems.set(src, result.problem);
					sizes.delete(src);
				}

				return result;
			});
			pending.set(src, running);
		}

		return running;
	};

	return {
		sizes,
		problems,
		decode,
		async scaled(src, width, height) {
			const key = `${src}@${Math.round(width)}x${Math.round(height)}`;
			const cached = scaled.get(key);
			if (cached) {
				return cached;
			}

			const original = await decode(src);
			const result: DecodeResult = original.ok ? {ok: true, image: scaleImage(original.image, width, height)} : original;
			scaled.set(key, result);
			return result;
		},
	};
}
