import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'warn',
			'@typescript-eslint/consistent-type-imports': 'error',
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
		},
	},
	{
		// Code that handles deck-sized data: a deck can make arrays of any length,
		// and spread into a call, one past about 120,000 elements overflows the stack.
		files: ['source/core/deck/**', 'source/core/layout/**', 'source/core/text/**', 'source/core/records/**', 'source/io/store/**', 'source/io/fs/**', 'source/io/deck/**', 'source/commands/**'],
		rules: {
			'no-restricted-syntax': ['error', {
				selector: 'CallExpression[callee.property.name=/^(push|unshift|max|min)$/] > SpreadElement',
				message: 'Spreading an array into push/unshift/Math.max/Math.min overflows the stack on long arrays: use append, maxOf or minOf from source/core/text/arrays.ts.',
			}],
		},
	},
	{
		files: ['.dependency-cruiser.cjs'],
		languageOptions: {sourceType: 'commonjs', globals: {module: 'writable'}},
	},
	{
		files: ['bench/**/*.js', 'scripts/**/*.js', 'test/**/*.js', 'eslint.config.js'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly'}},
	},
);
