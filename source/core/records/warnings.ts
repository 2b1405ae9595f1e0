/**
Something the store noticed but could carry on past. The store never prints;
the caller decides how to tell the person.
*/
export type StoreWarning =
	/** An attempt file was unreadable JSON or broke the schema; moved to `backup` by a store that writes, else left in place. */
	| {readonly kind: 'corrupt-attempt'; readonly file: string; readonly backup?: string; readonly message: string}
	/** A room record was unreadable JSON or broke its schema; moved to `backup` like an attempt. */
	| {readonly kind: 'corrupt-room-record'; readonly file: string; readonly backup?: string; readonly message: string}
	/** The settings file was corrupt; it was moved to `backup` and a fresh one started. */
	| {readonly kind: 'corrupt-settings'; readonly file: string; readonly backup?: string; readonly message: string}
	/** A rehearsal file was unreadable JSON or broke the schema; moved to `backup` like an attempt. */
	| {readonly kind: 'corrupt-rehearsal'; readonly file: string; readonly backup?: string; readonly message: string}
	/** A schedule file was unreadable JSON or broke the schema; moved to `backup` like an attempt (under its lock), or by the next update. */
	| {readonly kind: 'corrupt-schedule'; readonly file: string; readonly backup?: string; readonly message: string}
	/** A deck identity record was unreadable JSON or broke its schema; moved to `backup` like an attempt. */
	| {readonly kind: 'corrupt-identity'; readonly file: string; readonly backup?: string; readonly message: string}
	/** The kept talk was unreadable JSON or broke its schema; moved to `backup`, and the next show starts afresh. */
	| {readonly kind: 'corrupt-talk'; readonly file: string; readonly backup?: string; readonly message: string}
	/** An attempt, room record, rehearsal, schedule or talk file written by a newer briefing-deck: skipped and left in place. */
	| {readonly kind: 'newer-version'; readonly file: string; readonly version: number; readonly message: string}
	/** A file or directory could not be read (permissions, I/O, a link the store does not follow, not a regular file). */
	| {readonly kind: 'unreadable'; readonly file: string; readonly message: string}
	/** Settings cannot be saved; resume positions last only as long as this process. */
	| {readonly kind: 'settings-unavailable'; readonly file: string; readonly message: string};

/** The warnings about a corrupt file, each moved aside to a backup. */
export type CorruptKind = Extract<StoreWarning, {readonly backup?: string}>['kind'];
