/**
Scaling pixels to the size an image is drawn at. Pure and linear in the
pixels it reads: each source pixel is read once for each target pixel it
overlaps, so a photo shrunk to a slide costs one pass over it.
*/
import type {DecodedImage} from './types.js';

/**
Box filter when shrinking (each target pixel averages the area it covers,
weighted by overlap), bilinear-like sampling of that same area when growing,
which keeps edges soft rather than blocky. Colours are averaged weighted by
alpha, so a transparent pixel's colour never bleeds into its neighbours.
*/
export function scaleImage(image: DecodedImage, width: number, height: number): DecodedImage {
	const targetWidth = Math.max(1, Math.round(width));
	const targetHeight = Math.max(1, Math.round(height));
	if (targetWidth === image.width && targetHeight === image.height) {
		return image;
	}

	const data = new Uint8Array(targetWidth * targetHeight * 4);
	const xSpans = spans(image.width, targetWidth);
	const ySpans = spans(image.height, targetHeight);
	for (let ty = 0; ty < targetHeight; ty++) {
		const ySpan = ySpans[ty]!;
		for (let tx = 0; tx < targetWidth; tx++) {
			const xSpan = xSpans[tx]!;
			let red = 0;
			let green = 0;
			let blue = 0;
			let alpha = 0;
			let weight = 0;
			for (let index = 0; index < ySpan.pixels.length; index++) {
				const row = ySpan.pixels[index]! * image.width;
				const yWeight = ySpan.weights[index]!;
				for (let column = 0; column < xSpan.pixels.length; column++) {
					const offset = (row + xSpan.pixels[column]!) * 4;
					const w = yWeight * xSpan.weights[column]!;
					const a = image.data[offset + 3]! * w;
					red += image.data[offset]! * a;
					green += image.data[offset + 1]! * a;
					blue += image.data[offset + 2]! * a;
					alpha += a;
					weight += w;
				}
			}

			const out = (ty * targetWidth + tx) * 4;
			if (alpha > 0) {
				data[out] = Math.round(red / alpha);
				data[out + 1] = Math.round(green / alpha);
				data[out + 2] = Math.round(blue / alpha);
			}

			data[out + 3] = weight > 0 ? Math.round(alpha / weight) : 0;
		}
	}

	return {width: targetWidth, height: targetHeight, data};
}

type Span = {readonly pixels: number[]; readonly weights: number[]};

/** For each target index, the source indexes it covers along one axis and how much of each. */
function spans(source: number, target: number): Span[] {
	const ratio = source / target;
	return Array.from({length: target}, (_, index): Span => {
		if (ratio <= 1) {
			// Growing: the two nearest source pixels, weighted by distance.
			const centre = Math.max(0, Math.min(source - 1, ((index + 0.5) * ratio) - 0.5));
			const low = Math.floor(centre);
			const high = Math.min(source - 1, low + 1);
			const fraction = centre - low;
			return high === low ? {pixels: [low], weights: [1]} : {pixels: [low, high], weights: [1 - fraction, fraction]};
		}

		const start = index * ratio;
		const end = start + ratio;
		const pixels: number[] = [];
		const weights: number[] = [];
		for (let pixel = Math.floor(start); pixel < Math.min(source, Math.ceil(end)); pixel++) {
			const covered = Math.min(end, pixel + 1) - Math.max(start, pixel);
			if (covered > 0) {
				pixels.push(pixel);
				weights.push(covered);
			}
		}

		return {pixels, weights};
	});
}
