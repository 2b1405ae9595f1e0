/**
The import rule: the layers of source/ (docs/architecture.md) and no cycles.
`npm run lint` runs it after ESLint; test/architecture/import-rule.test.ts
plants an upward import, a sideways one and a cycle, and sees each refused.

Imports run down: boot → commands → ui → io → core.
- core/ is pure: it imports only core/ (npm libraries that compute, and
  node:crypto for hashes; nothing of the OS, React or Ink).
- io/ imports core/ and io/.
- ui/kit/ imports core/, ui/kit/, io/terminal/ (the terminal it draws on), and
  types from the rest of io/; a feature (ui/slideshow/, ui/quiz/ …) imports the
  same and ui/kit/, never another feature.
- commands/<name>/ imports the layers below and commands/shared/, never another
  command; commands/shared/ imports no command; only the dispatch at the top
  of commands/ sees every command.
- Nothing imports boot/, the launch entry.
Type-only imports count for cycles: a cycle through types still ties two files
together.
*/
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Files that import each other (types included) cannot be read, tested or moved apart: move what they share to a module both import.',
			from: {},
			to: {circular: true},
		},
		{
			name: 'resolvable',
			severity: 'error',
			comment: 'An import the rule cannot resolve is one it cannot check.',
			from: {},
			to: {couldNotResolve: true},
		},
		{
			name: 'core-imports-core',
			severity: 'error',
			comment: 'core/ is pure: it imports only core/ (move what it needs down into core, or pass it in).',
			from: {path: '^source/core/'},
			to: {path: '^(source/(?!core/)|cli\\.tsx)'},
		},
		{
			name: 'core-is-pure',
			severity: 'error',
			comment: 'core/ touches neither the OS nor the screen: no node: modules but node:crypto, no React or Ink.',
			from: {path: '^source/core/'},
			to: {
				dependencyTypes: ['core'],
				pathNot: '^(node:)?crypto$',
			},
		},
		{
			name: 'core-draws-nothing',
			severity: 'error',
			comment: 'core/ touches neither the OS nor the screen: no React or Ink, and none of the packages that reach the OS (conf, signal-exit).',
			from: {path: '^source/core/'},
			to: {path: 'node_modules/(react|ink|ink-[^/]+|signal-exit|conf)/'},
		},
		{
			name: 'io-imports-io-and-core',
			severity: 'error',
			comment: 'io/ is the edge to the OS: it imports core/ and io/, never the screens or the commands.',
			from: {path: '^source/io/'},
			to: {path: '^(source/(ui|commands|boot)/|cli\\.tsx)'},
		},
		{
			name: 'ui-imports-down',
			severity: 'error',
			comment: 'ui/ draws what it is handed: it imports core/, ui/kit/ and io/terminal/, never commands/ or boot/.',
			from: {path: '^source/ui/'},
			to: {path: '^(source/(commands|boot)/|cli\\.tsx)'},
		},
		{
			name: 'ui-names-io-types-only',
			severity: 'error',
			comment: 'ui/ does no I/O of its own: it may name a type from io/ (what it is handed), and use io/terminal/, but not call io/.',
			from: {path: '^source/ui/'},
			to: {path: '^source/io/(?!terminal/)', dependencyTypesNot: ['type-only']},
		},
		{
			name: 'kit-imports-no-feature',
			severity: 'error',
			comment: 'ui/kit/ is what the screens share: it imports no screen family.',
			from: {path: '^source/ui/kit/'},
			to: {path: '^source/ui/(?!kit/)'},
		},
		{
			name: 'feature-imports-no-feature',
			severity: 'error',
			comment: 'A screen family never imports another: move what both need to ui/kit/ or core/, or hand it in from the command.',
			from: {path: '^source/ui/((?!kit/)[^/]+)/'},
			to: {path: '^source/ui/', pathNot: ['^source/ui/kit/', '^source/ui/$1/']},
		},
		{
			name: 'command-imports-no-command',
			severity: 'error',
			comment: 'A command imports commands/shared/ and the layers below, never another command.',
			from: {path: '^source/commands/((?!shared/)[^/]+)/'},
			to: {path: '^source/commands/', pathNot: ['^source/commands/shared/', '^source/commands/$1/']},
		},
		{
			name: 'shared-imports-no-command',
			severity: 'error',
			comment: 'commands/shared/ is below every command: it imports none of them.',
			from: {path: '^source/commands/shared/'},
			to: {path: '^source/commands/(?!shared/)'},
		},
		{
			name: 'nothing-imports-boot',
			severity: 'error',
			comment: 'boot/ is the launch entry, above everything: nothing imports it.',
			from: {pathNot: '^source/boot/'},
			to: {path: '^source/boot/'},
		},
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		// Type-only imports are dependencies too, for cycles and for layers.
		tsPreCompilationDeps: true,
		tsConfig: {fileName: 'tsconfig.json'},
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
		},
	},
};
