/**
A slide's time budget, as written in `<!-- time: 90s -->`: seconds (`90s`),
minutes (`2m`) or both (`1m30s`). Whole numbers only, so what the author
wrote and what the timer counts are the same.
*/

const pattern = /^(?:(\d{1,4})\s*m)?\s*(?:(\d{1,5})\s*s)?$/i;

/** Seconds, or undefined when the text is not a positive duration of that form. */
export function parseSlideTime(text: string): number | undefined {
	const match = pattern.exec(text.trim());
	if (!match || (match[1] === undefined && match[2] === undefined)) {
		return undefined;
	}

	const minutes = Number(match[1] ?? 0);
	const seconds = Number(match[2] ?? 0);
	// `1m90s` is almost certainly a typo for something else.
	if (match[1] !== undefined && seconds >= 60) {
		return undefined;
	}

	const total = (minutes * 60) + seconds;
	return total > 0 ? total : undefined;
}

/** `90` → `1m30s`, `120` → `2m`, `45` → `45s`: the form `parseSlideTime` reads. */
export function formatSlideTime(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	const minutes = Math.floor(whole / 60);
	const rest = whole % 60;
	if (minutes === 0) {
		return `${rest}s`;
	}

	return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}
