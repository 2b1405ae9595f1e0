/** How many answers moved their review schedules, in the words the abandon dialog and the exit note share. */
export function scheduleMoves(scheduled: number): string {
	if (scheduled === 0) {
		return 'no review schedule moved';
	}

	return scheduled === 1 ? '1 answer moved its review schedule' : `${scheduled} answers moved their review schedules`;
}
