import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import stylistic from '@stylistic/eslint-plugin';

/*
The formatter: ESLint Stylistic with the house style as it is (tabs, single
quotes, semicolons, no spaces inside braces), the rules xo formats with.
`npm run format` applies its layout fixes and nothing else; `npm test` checks
it through the lint. Rules the code has never followed are off rather than
forced on it.
*/
const style = stylistic.configs.customize({indent: 'tab', quotes: 'single', semi: true, jsx: true, braceStyle: '1tbs', commaDangle: 'always-multiline', arrowParens: false, quoteProps: 'as-needed', blockSpacing: true});

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx,js,cjs}'],
		plugins: style.plugins,
		rules: {
			...style.rules,
			'@stylistic/object-curly-spacing': ['error', 'never'],
			'@stylistic/array-bracket-spacing': ['error', 'never'],
			'@stylistic/jsx-tag-spacing': ['error', {beforeSelfClosing: 'never'}],
			'@stylistic/arrow-parens': ['error', 'as-needed'],
			'@stylistic/operator-linebreak': ['error', 'before', {overrides: {'=': 'after'}}],
			'@stylistic/quotes': ['error', 'single', {avoidEscape: true}],
			'@stylistic/multiline-ternary': 'off',
			'@stylistic/jsx-one-expression-per-line': 'off',
		},
	},
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
