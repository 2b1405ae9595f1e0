/**
The build edits some dependencies' code, each edit written for one version:
it must refuse a copy of any other version, naming both, before editing it.
Fake projects in temporary directories stand in for other versions; the real
node_modules is only read.
*/
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {checkPinnedVersion, edit, editedCopies, pinnedCopies} from '../../scripts/pinned-edits.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('pinned-edits');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The pins of the real package.json, as a fake project's package.json would hold them. */
const pins = {
	devDependencies: {'string-width': '8.3.0', ink: '6.8.0', meow: '14.1.0'},
	overrides: {ink: {'slice-ansi': '8.0.0', 'string-width': '$string-width', 'wrap-ansi': {'string-width': '7.2.0'}}},
};

/** A fake project: its package.json and, for each `installedAt`, an installed package of that version. */
const fakeProject = (manifest: unknown, installed: Record<string, string>): string => {
	const root = freshDir();
	fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify(manifest));
	for (const [installedAt, version] of Object.entries(installed)) {
		const directory = path.join(root, ...installedAt.split('/'));
		fs.mkdirSync(directory, {recursive: true});
		fs.writeFileSync(path.join(directory, 'package.json'), JSON.stringify({name: path.basename(installedAt), version}));
	}

	return root;
};

const fileIn = (root: string, installedAt: string, file: string): string => path.join(root, ...installedAt.split('/'), file);

describe('checkPinnedVersion', () => {
	it('refuses a copy that another package brings, of another version than its override, naming both', () => {
		const root = fakeProject(pins, {'node_modules/slice-ansi': '7.1.0'});
		expect(() => checkPinnedVersion(fileIn(root, 'node_modules/slice-ansi', 'tokenize-ansi.js'), root)).toThrow(
			'scripts/build.js: slice-ansi 7.1.0 is installed (node_modules/slice-ansi), but the edits here were written for 8.0.0 (package.json overrides > ink > slice-ansi); see "Moving to a new version" at the top of this file',
		);
	});

	it('refuses a direct dependency of another version than devDependencies pins', () => {
		const root = fakeProject(pins, {'node_modules/ink': '6.9.0'});
		expect(() => checkPinnedVersion(fileIn(root, 'node_modules/ink', 'build/reconciler.js'), root))
			.toThrow(/ink 6\.9\.0 is installed .* written for 6\.8\.0 \(package\.json devDependencies > ink\)/);
	});

	it('passes the copy of the pinned version and returns where it is installed', () => {
		const root = fakeProject(pins, {'node_modules/meow': '14.1.0'});
		expect(checkPinnedVersion(fileIn(root, 'node_modules/meow', 'build/dependencies.js'), root)).toBe('node_modules/meow');
	});

	it('finds the copy where the project\'s node_modules is a link to another folder', () => {
		const elsewhere = fakeProject({}, {'node_modules/meow': '14.1.0'});
		const root = fakeProject(pins, {});
		fs.symlinkSync(path.join(elsewhere, 'node_modules'), path.join(root, 'node_modules'));
		expect(checkPinnedVersion(fileIn(elsewhere, 'node_modules/meow', 'build/dependencies.js'), root)).toBe('node_modules/meow');
	});

	it('checks each of two copies of a package against its own pin', () => {
		const root = fakeProject(pins, {
			'node_modules/string-width': '8.3.0',
			'node_modules/wrap-ansi/node_modules/string-width': '7.3.0',
		});
		expect(checkPinnedVersion(fileIn(root, 'node_modules/string-width', 'index.js'), root)).toBe('node_modules/string-width');
		expect(() => checkPinnedVersion(fileIn(root, 'node_modules/wrap-ansi/node_modules/string-width', 'index.js'), root))
			.toThrow('string-width 7.3.0 is installed (node_modules/wrap-ansi/node_modules/string-width), but the edits here were written for 7.2.0 (package.json overrides > ink > wrap-ansi > string-width)');
	});

	it('refuses a pin that is a range, which would let npm move the version', () => {
		const root = fakeProject({...pins, devDependencies: {...pins.devDependencies, meow: '^14.1.0'}}, {'node_modules/meow': '14.1.0'});
		expect(() => checkPinnedVersion(fileIn(root, 'node_modules/meow', 'build/dependencies.js'), root))
			.toThrow('package.json must pin devDependencies > meow to one exact version for the edits here, but it has "^14.1.0"');
	});

	it('refuses a pin that is missing', () => {
		const root = fakeProject({devDependencies: {}}, {'node_modules/ink': '6.8.0'});
		expect(() => checkPinnedVersion(fileIn(root, 'node_modules/ink', 'build/reconciler.js'), root))
			.toThrow('package.json must pin devDependencies > ink to one exact version for the edits here, but it has undefined');
	});

	it('refuses to edit a package installed where no pin is listed', () => {
		const root = fakeProject(pins, {'node_modules/ink/node_modules/string-width': '8.3.0'});
		expect(() => checkPinnedVersion(fileIn(root, 'node_modules/ink/node_modules/string-width', 'index.js'), root))
			.toThrow('its package (node_modules/ink/node_modules/string-width) has no pin; add it to editedCopies in scripts/pinned-edits.js');
	});
});

describe('pinnedCopies', () => {
	const copies = [
		{installedAt: 'node_modules/ink', pinnedAt: ['devDependencies', 'ink']},
		{installedAt: 'node_modules/meow', pinnedAt: ['devDependencies', 'meow']},
	];

	it('reads a file only from a copy of the pinned version', () => {
		const root = fakeProject(pins, {'node_modules/ink': '6.8.0', 'node_modules/meow': '14.2.0'});
		fs.writeFileSync(fileIn(root, 'node_modules/ink', 'index.js'), 'export default 1;');
		fs.writeFileSync(fileIn(root, 'node_modules/meow', 'index.js'), 'export default 2;');
		const pinned = pinnedCopies(root, copies);
		expect(pinned.read(fileIn(root, 'node_modules/ink', 'index.js'))).toBe('export default 1;');
		expect(() => pinned.read(fileIn(root, 'node_modules/meow', 'index.js'))).toThrow('meow 14.2.0 is installed');
	});

	it('names the copies the build never edited', () => {
		const root = fakeProject(pins, {'node_modules/ink': '6.8.0', 'node_modules/meow': '14.1.0'});
		const pinned = pinnedCopies(root, copies);
		pinned.check(fileIn(root, 'node_modules/ink', 'index.js'));
		expect(() => pinned.checkEveryCopyWasEdited()).toThrow('nothing of node_modules/meow was edited');
		pinned.check(fileIn(root, 'node_modules/meow', 'index.js'));
		expect(() => pinned.checkEveryCopyWasEdited()).not.toThrow();
	});
});

describe('edit', () => {
	it('replaces text found exactly once, and fails when it is gone or repeated', () => {
		expect(edit('a = new Intl.Segmenter();', 'new Intl.Segmenter()', 'lazy()', 'x.js')).toBe('a = lazy();');
		expect(() => edit('a = 1;', 'new Intl.Segmenter()', 'lazy()', 'x.js')).toThrow('x.js: expected exactly one `new Intl.Segmenter()` to replace');
		expect(() => edit('a; a;', 'a', 'b', 'x.js')).toThrow('expected exactly one');
	});
});

describe('the installed dependencies', () => {
	type Lock = {readonly packages: Record<string, {readonly version?: string} | undefined>};
	const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lock;

	it.each(editedCopies.map(copy => [copy.installedAt, copy] as const))('%s is the version package.json pins, as package-lock.json has it', (installedAt, copy) => {
		expect(checkPinnedVersion(fileIn(repoRoot, installedAt, 'package.json'), repoRoot, [copy])).toBe(installedAt);
		const installed = JSON.parse(fs.readFileSync(fileIn(repoRoot, installedAt, 'package.json'), 'utf8')) as {version: string};
		expect(lock.packages[installedAt]?.version).toBe(installed.version);
	});
});
