/**
A small bar chart of percentages for a terminal: one bar per value, oldest on
the left, drawn with eighth blocks so a bar has eight steps per row. Pure
text, so the scores command, the quiz intro and tests share it.
*/

const eighths = ' ▁▂▃▄▅▆▇█';

export type BarChartOptions = {
	/** Rows the bars may take (the axis is one more). */
	readonly height?: number;
	/** Columns the whole chart may take, labels included: older values are left out to fit. */
	readonly width: number;
};

const label = (text: string): string => text.padStart(4);

/** The cell of one bar in one row (0 is the bottom row), for a value of `units` eighths. */
function cell(units: number, row: number): string {
	const filled = units - (row * 8);
	if (filled >= 8) {
		return eighths[8]!;
	}

	return filled > 0 ? eighths[filled]! : ' ';
}

/**
The chart's lines: the bars of the last values that fit, over an axis, with
100% and 0% marked. A value is clamped to 0–100; 0 still shows its bar's foot
(`▁`), so a zero is told apart from a missing bar. Returns how many values
were left out, so the caller can say so.
*/
export function barChart(values: readonly number[], {height = 5, width}: BarChartOptions): {readonly lines: string[]; readonly omitted: number} {
	// `100% ┤` before the bars, one column per bar and one between.
	const room = Math.max(1, Math.floor((width - 6 + 1) / 2));
	const shown = values.slice(-room);
	const units = shown.map(value => Math.max(1, Math.round((Math.min(100, Math.max(0, value)) / 100) * height * 8)));
	const lines: string[] = [];
	for (let row = height - 1; row >= 0; row--) {
		const bars = units.map(value => cell(value, row)).join(' ');
		lines.push(`${label(row === height - 1 ? '100%' : '')} │${bars}`.trimEnd());
	}

	lines.push(`${label('0%')} └${'─'.repeat(Math.max(1, (shown.length * 2) - 1))}`);
	return {lines, omitted: values.length - shown.length};
}
