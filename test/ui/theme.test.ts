import {describe, expect, it} from 'vitest';
import type {Role} from '../../source/core/layout/types.js';
import {chooseTheme, textProps, type ThemeRole, themes} from '../../source/ui/kit/theme.js';

const layoutRoles: Role[] = ['text', 'title', 'heading', 'accent', 'muted', 'code', 'link', 'quote', 'border', 'match', 'keyword', 'string', 'comment', 'number', 'symbol'];

describe('themes', () => {
	it('style every layout role in every theme', () => {
		for (const theme of Object.values(themes)) {
			for (const role of layoutRoles) {
				expect(theme.roles[role], `${theme.name} ${role}`).toBeDefined();
			}
		}
	});

	it('has no colour at all in the none theme', () => {
		for (const style of Object.values(themes.none.roles)) {
			expect(style.color).toBeUndefined();
			expect(style.backgroundColor).toBeUndefined();
		}
	});

	it('never carries meaning by colour alone', () => {
		for (const theme of Object.values(themes)) {
			expect(theme.roles.match.inverse).toBe(true);
			expect(theme.roles.link.underline).toBe(true);
			expect(theme.roles.selected.inverse).toBe(true);
			expect(theme.roles.title.bold).toBe(true);
		}
	});

	it('gives dark and light different colours for the same roles', () => {
		const roles: ThemeRole[] = ['title', 'heading', 'link'];
		expect(roles.some(role => themes.dark.roles[role].color !== themes.light.roles[role].color)).toBe(true);
	});

	it('picks none when colour is off', () => {
		expect(chooseTheme('dark', false).name).toBe('none');
		expect(chooseTheme('light', true).name).toBe('light');
	});

	it('turns a role style into Ink text props', () => {
		expect(textProps({color: 'cyan', dim: true, bold: true})).toMatchObject({color: 'cyan', dimColor: true, bold: true});
	});
});
