/** A copy of a dependency whose code the build edits. */
export type EditedCopy = {
	/** Where npm installs it, relative to the project: `node_modules/wrap-ansi/node_modules/string-width`. */
	readonly installedAt: string;
	/** The keys in package.json that pin its version: `['overrides', 'ink', 'slice-ansi']`. */
	readonly pinnedAt: readonly string[];
};

export const editedCopies: readonly EditedCopy[];

export function checkPinnedVersion(file: string, root: string, copies?: readonly EditedCopy[]): string;

/** The checks of one build. */
export function pinnedCopies(root: string, copies?: readonly EditedCopy[]): {
	/** Checks the copy holding `file`, as checkPinnedVersion does. */
	readonly check: (file: string) => void;
	/** Checks the copy holding `file`, then reads the file. */
	readonly read: (file: string) => string;
	/** Throws, naming them, unless every copy has been checked. */
	readonly checkEveryCopyWasEdited: () => void;
};

export function edit(contents: string, from: string, to: string, file: string): string;
