/**
`--time-limit`: `10m`, `90s`, `1h30m`, or a bare number of minutes; in ms.
Undefined when it is none of those, or not between a second and a day.
*/
export function parseTimeLimit(text: string): number | undefined {
	const trimmed = text.trim().toLowerCase();
	const minutes = /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) * 60_000 : undefined;
	const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(trimmed);
	const ms = minutes ?? (parts && trimmed !== '' ? ((Number(parts[1] ?? 0) * 3600) + (Number(parts[2] ?? 0) * 60) + Number(parts[3] ?? 0)) * 1000 : undefined);
	return ms !== undefined && ms >= 1000 && ms <= 86_400_000 ? Math.round(ms) : undefined;
}
