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
		files: ['bench/**/*.js', 'scripts/**/*.js', 'eslint.config.js'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly'}},
	},
);
