/*
What makes it safe for scripts/build.js to edit dependencies' code as it
bundles them: the copies it edits, the check that each is the version those
edits were written for, and the edit that fails when its text is gone.

An edit replaces text it expects to find, and fails when the text is gone. But
a new version can keep the text and change the code around it, and then the
edit still applies and quietly does something else. So package.json pins every
edited copy exactly, and the build refuses a copy of any other version before
it edits a line of it.
*/
import {readFileSync, realpathSync} from 'node:fs';
import path from 'node:path';

/**
Every copy whose code the build edits: where npm installs it (relative to the
project, as package-lock.json names it) and the keys in package.json that pin
it. The versions are in package.json only, so the two cannot disagree.
*/
export const editedCopies = [
	// Ink, cli-truncate and widest-line take this one, as the layout does; Ink's
	// override ("$string-width") holds them to it.
	{installedAt: 'node_modules/string-width', pinnedAt: ['devDependencies', 'string-width']},
	// wrap-ansi (Ink's) wants the major version before.
	{installedAt: 'node_modules/wrap-ansi/node_modules/string-width', pinnedAt: ['overrides', 'ink', 'wrap-ansi', 'string-width']},
	{installedAt: 'node_modules/slice-ansi', pinnedAt: ['overrides', 'ink', 'slice-ansi']},
	{installedAt: 'node_modules/@alcalzone/ansi-tokenize', pinnedAt: ['overrides', 'ink', '@alcalzone/ansi-tokenize']},
	{installedAt: 'node_modules/yoga-layout', pinnedAt: ['overrides', 'ink', 'yoga-layout']},
	{installedAt: 'node_modules/ink', pinnedAt: ['devDependencies', 'ink']},
	{installedAt: 'node_modules/meow', pinnedAt: ['devDependencies', 'meow']},
	{installedAt: 'node_modules/markdown-it', pinnedAt: ['devDependencies', 'markdown-it']},
	// Not edited, but its entry is replaced by one that reaches into its lib/.
	{installedAt: 'node_modules/lowlight', pinnedAt: ['devDependencies', 'lowlight']},
	// Not edited either: the stand-in for ajv is written for how conf imports it.
	{installedAt: 'node_modules/conf', pinnedAt: ['devDependencies', 'conf']},
	// Not edited: its optional native add-ons are replaced by modules that fail, which its try blocks were read to allow.
	{installedAt: 'node_modules/ws', pinnedAt: ['devDependencies', 'ws']},
];

const readJson = file => JSON.parse(readFileSync(file, 'utf8'));

/** The installed package that holds `file`: the path up to the last `node_modules/<name>` (or `node_modules/@scope/name`) in it. */
const packageDirectory = file => /^(.*[/\\]node_modules[/\\](?:@[^/\\]+[/\\])?[^/\\]+)(?:[/\\]|$)/.exec(file)?.[1];

/**
The folder that `directory` is installed under as the project's: `root`,
or, where the project's node_modules is a link to another folder (a second
work tree sharing one install), the folder that holds the real one, as
esbuild hands the build real paths.
*/
const projectOf = (directory, root) => {
	if (!path.relative(root, directory).startsWith('..')) {
		return root;
	}

	try {
		return path.dirname(realpathSync(path.join(root, 'node_modules')));
	} catch {
		return root;
	}
};

/** The version package.json pins at `keys`; throws unless it is one exact version, as a range would let npm move it. */
const pinnedVersion = (manifest, keys) => {
	let value = manifest;
	for (const key of keys) {
		value = value?.[key];
	}

	if (typeof value !== 'string' || !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(value)) {
		throw new Error(`scripts/build.js: package.json must pin ${keys.join(' > ')} to one exact version for the edits here, but it has ${JSON.stringify(value)}; see "Moving to a new version" at the top of this file`);
	}

	return value;
};

/**
Throws unless the installed copy of the dependency that holds `file` is the
version that `root`'s package.json pins for it (its place in `copies`), naming
both versions. The version is read from the copy's own package.json, so where
two copies of a package are installed, the one being edited is the one
checked. Returns where the copy is installed.
*/
export function checkPinnedVersion(file, root, copies = editedCopies) {
	const directory = packageDirectory(file);
	const installedAt = directory === undefined ? undefined : path.relative(projectOf(directory, root), directory).split(path.sep).join('/');
	const copy = copies.find(candidate => candidate.installedAt === installedAt);
	if (copy === undefined) {
		throw new Error(`scripts/build.js: ${file} is edited here, but its package (${installedAt ?? 'none'}) has no pin; add it to editedCopies in scripts/pinned-edits.js and pin its version in package.json`);
	}

	const expected = pinnedVersion(readJson(path.join(root, 'package.json')), copy.pinnedAt);
	const {name, version} = readJson(path.join(directory, 'package.json'));
	if (version !== expected) {
		throw new Error(`scripts/build.js: ${name} ${version} is installed (${installedAt}), but the edits here were written for ${expected} (package.json ${copy.pinnedAt.join(' > ')}); see "Moving to a new version" at the top of this file`);
	}

	return installedAt;
}

/**
The checks of one build: `read` a file to edit once its copy is checked,
`check` a copy without reading, and at the end `checkEveryCopyWasEdited`,
as a copy never checked was bundled without its edits.
*/
export function pinnedCopies(root, copies = editedCopies) {
	const checked = new Set();
	const check = file => {
		checked.add(checkPinnedVersion(file, root, copies));
	};

	return {
		check,
		read(file) {
			check(file);
			return readFileSync(file, 'utf8');
		},
		checkEveryCopyWasEdited() {
			const unedited = copies.filter(({installedAt}) => !checked.has(installedAt));
			if (unedited.length > 0) {
				throw new Error(`scripts/build.js: nothing of ${unedited.map(({installedAt}) => installedAt).join(', ')} was edited; do the plugins still find the files they edit? If none needs editing any more, take the copy out of scripts/pinned-edits.js and its pin out of package.json`);
			}
		},
	};
}

/** Edits a dependency's source as it is bundled; the build fails if the text to replace is not there exactly once. */
export const edit = (contents, from, to, file) => {
	if (contents.split(from).length !== 2) {
		throw new Error(`${file}: expected exactly one \`${from}\` to replace; has the dependency changed?`);
	}

	return contents.replace(from, () => to);
};
