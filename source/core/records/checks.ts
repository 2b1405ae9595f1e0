/**
The small checks the store's schemas are written with, by hand to keep the
dependency list short, and the head every record shares. A problem names the
field and what it should be, never the value found: a file's content is
not repeated.
*/

/** A problem with a value (`should be a string`), or undefined when it is fine. */
export type Check = (value: unknown) => string | undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

// Date.parse accepts far more than ISO 8601 ("Tuesday"), so insist on the shape too.
export const isIsoTime = (value: unknown): value is string =>
	typeof value === 'string'
	&& /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)
	&& !Number.isNaN(Date.parse(value));

export const string: Check = value => (typeof value === 'string' ? undefined : 'should be a string');

export const isoTime: Check = value => (isIsoTime(value) ? undefined : 'should be an ISO 8601 time');

/** The problems with a record's schema, version and top-level `fields`, in that order. */
export function headProblems(value: Record<string, unknown>, schema: string, version: number, fields: ReadonlyArray<readonly [string, Check]>): string[] {
	const problems: string[] = [];
	if (value['schema'] !== schema) {
		problems.push(`schema should be "${schema}"`);
	}

	if (value['version'] !== version) {
		problems.push(`version should be ${version}`);
	}

	for (const [key, check] of fields) {
		const problem = check(value[key]);
		if (problem !== undefined) {
			problems.push(`${key} ${problem}`);
		}
	}

	return problems;
}
