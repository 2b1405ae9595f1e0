/**
A text progress bar: filled and empty cells are different characters, so it
reads the same with colour off.
*/
export function progressBar(current: number, total: number, width: number): {filled: string; empty: string} {
	const cells = Math.max(0, Math.floor(width));
	const ratio = total > 0 ? Math.min(1, Math.max(0, current / total)) : 0;
	const filled = Math.round(ratio * cells);
	return {filled: '█'.repeat(filled), empty: '░'.repeat(cells - filled)};
}
