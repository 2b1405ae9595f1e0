import type {DecodedImage} from './types.js';

/**
The picture resampled to `width × height`, each new pixel the average of the
source pixels it covers (alpha-weighted, so transparent edges do not darken).
Shrinking a photo by plain sampling would alias; this keeps it smooth.
*/
export function scaleImage(image: DecodedImage, width: number, height: number): DecodedImage {
	const data = new Uint8Array(width * height * 4);
	const xRatio = image.width / width;
	const yRatio = image.height / height;
	for (let y = 0; y < height; y++) {
		const top = Math.floor(y * yRatio);
		const bottom = Math.max(top + 1, Math.floor((y + 1) * yRatio));
		for (let x = 0; x < width; x++) {
			const left = Math.floor(x * xRatio);
			const right = Math.max(left + 1, Math.floor((x + 1) * xRatio));
			let red = 0;
			let green = 0;
			let blue = 0;
			let alpha = 0;
			let count = 0;
			for (let sourceY = top; sourceY < bottom && sourceY < image.height; sourceY++) {
				for (let sourceX = left; sourceX < right && sourceX < image.width; sourceX++) {
					const index = ((sourceY * image.width) + sourceX) * 4;
					const weight = image.data[index + 3]!;
					red += image.data[index]! * weight;
					green += image.data[index + 1]! * weight;
					blue += image.data[index + 2]! * weight;
					alpha += weight;
					count++;
				}
			}

			const target = ((y * width) + x) * 4;
			if (alpha > 0) {
				data[target] = Math.round(red / alpha);
				data[target + 1] = Math.round(green / alpha);
				data[target + 2] = Math.round(blue / alpha);
			}

			data[target + 3] = count === 0 ? 0 : Math.round(alpha / count);
		}
	}

	return {width, height, data};
}
