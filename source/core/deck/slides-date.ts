/**
The slides tool's `date:` front matter: a pattern such as `MMMM dd, YYYY` is
turned into a Go time layout (`January 2, 2006`) and shown as today's date in
that layout; a date without a pattern is shown as written. Its own rule, token
for token (internal/meta/meta.go), then Go's layout rules (time/format.go) for
the parts a date uses.
*/

const patternPairs: ReadonlyArray<readonly [string, string]> = [
	['YYYY', '2006'],
	['YY', '06'],
	['MMMM', 'January'],
	['MMM', 'Jan'],
	['MM', '01'],
	['mm', '1'],
	['DD', '02'],
	['dd', '2'],
];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const two = (value: number): string => String(value).padStart(2, '0');

/** Go's `Format`, for the date and time chunks of a layout; the rest is copied. */
export function formatGoLayout(layout: string, when: Date): string {
	const hour12 = when.getHours() % 12 === 0 ? 12 : when.getHours() % 12;
	const startsLower = (at: number): boolean => /^[a-z]/.test(layout.slice(at));
	let out = '';
	for (let index = 0; index < layout.length;) {
		const rest = layout.slice(index);
		const take = (length: number, text: string): void => {
			out += text;
			index += length;
		};

		if (rest.startsWith('January')) {
			take(7, months[when.getMonth()]!);
		} else if (rest.startsWith('Jan') && !startsLower(index + 3)) {
			take(3, months[when.getMonth()]!.slice(0, 3));
		} else if (rest.startsWith('Monday')) {
			take(6, weekdays[when.getDay()]!);
		} else if (rest.startsWith('Mon') && !startsLower(index + 3)) {
			take(3, weekdays[when.getDay()]!.slice(0, 3));
		} else if (rest.startsWith('2006')) {
			take(4, String(when.getFullYear()));
		} else if (rest.startsWith('002')) {
			const start = new Date(when.getFullYear(), 0, 1);
			take(3, String(Math.floor((when.getTime() - start.getTime()) / 86_400_000) + 1).padStart(3, '0'));
		} else if (/^0[1-6]/.test(rest)) {
			const values = [when.getMonth() + 1, when.getDate(), hour12, when.getMinutes(), when.getSeconds(), when.getFullYear() % 100];
			take(2, two(values[Number(rest[1]) - 1]!));
		} else if (rest.startsWith('15')) {
			take(2, two(when.getHours()));
		} else if (rest.startsWith('_2') && !rest.startsWith('_2006')) {
			take(2, String(when.getDate()).padStart(2, ' '));
		} else if (/^[1-5]/.test(rest)) {
			const values = [when.getMonth() + 1, when.getDate(), hour12, when.getMinutes(), when.getSeconds()];
			take(1, String(values[Number(rest[0]) - 1]!));
		} else if (rest.startsWith('PM') || rest.startsWith('pm')) {
			const pm = when.getHours() >= 12 ? 'PM' : 'AM';
			take(2, rest.startsWith('PM') ? pm : pm.toLowerCase());
		} else {
			take(1, rest[0]!);
		}
	}

	return out;
}

/** The date the slides tool shows for a `date:` value, on the day `today`. */
export function slidesDate(value: string, today: Date): string {
	const layout = patternPairs.reduce((text, [pattern, go]) => text.replaceAll(pattern, go), value);
	return layout === value ? value : formatGoLayout(layout, today);
}
