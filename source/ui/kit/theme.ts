/**
Semantic colours. Components ask for a role (`heading`, `footer`, `match`),
never for a colour, so a theme (or `none`, for NO_COLOR) changes them all.
Meaning never rests on colour alone: the styles that carry it (inverse for a
search match, underline for a link) are in every theme, `none` included.
*/
import type {Role} from '../../core/layout/types.js';

/** Roles of the application around the slide. */
export type UiRole =
	| 'footer'
	| 'progress'
	| 'progressEmpty'
	| 'overlayBorder'
	| 'overlayTitle'
	| 'key'
	| 'hint'
	| 'prompt'
	| 'selected'
	| 'error'
	| 'blackout'
	/** A QR code's cells: light modules drawn light on a dark ground, in every theme that has colour. */
	| 'qr';

export type ThemeRole = Role | UiRole;

export type RoleStyle = {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly inverse?: boolean;
};

export type ThemeName = 'dark' | 'light' | 'none';

export type Theme = {
	readonly name: ThemeName;
	readonly roles: Readonly<Record<ThemeRole, RoleStyle>>;
};

/** What every theme shares: the styles that carry meaning without colour. */
const shape: Readonly<Record<ThemeRole, RoleStyle>> = {
	text: {},
	title: {bold: true},
	heading: {bold: true},
	accent: {bold: true},
	muted: {dim: true},
	code: {},
	link: {underline: true},
	quote: {italic: true},
	border: {},
	match: {inverse: true},
	keyword: {},
	string: {},
	comment: {italic: true},
	number: {},
	symbol: {},
	footer: {},
	progress: {},
	progressEmpty: {dim: true},
	overlayBorder: {},
	overlayTitle: {bold: true},
	key: {bold: true},
	hint: {italic: true},
	prompt: {bold: true},
	selected: {inverse: true},
	error: {bold: true},
	blackout: {},
	qr: {},
};

type Colors = Readonly<Partial<Record<ThemeRole, Pick<RoleStyle, 'color' | 'backgroundColor'>>>>;

const withColors = (name: ThemeName, colors: Colors): Theme => ({
	name,
	roles: Object.fromEntries(
		(Object.keys(shape) as ThemeRole[]).map(role => [role, {...shape[role], ...colors[role]}]),
	) as Record<ThemeRole, RoleStyle>,
});

export const themes: Readonly<Record<ThemeName, Theme>> = {
	dark: withColors('dark', {
		title: {color: 'cyanBright'},
		heading: {color: 'cyan'},
		accent: {color: 'yellow'},
		muted: {color: 'gray'},
		code: {color: 'greenBright'},
		link: {color: 'blueBright'},
		quote: {color: 'gray'},
		border: {color: 'gray'},
		match: {color: 'yellowBright'},
		keyword: {color: 'magentaBright'},
		string: {color: 'greenBright'},
		comment: {color: 'gray'},
		number: {color: 'yellow'},
		symbol: {color: 'cyan'},
		footer: {color: 'gray'},
		progress: {color: 'cyan'},
		progressEmpty: {color: 'gray'},
		overlayBorder: {color: 'cyan'},
		overlayTitle: {color: 'cyanBright'},
		key: {color: 'yellow'},
		hint: {color: 'yellow'},
		prompt: {color: 'cyan'},
		error: {color: 'redBright'},
		blackout: {backgroundColor: 'black'},
		qr: {color: 'whiteBright', backgroundColor: 'black'},
	}),
	light: withColors('light', {
		title: {color: 'blue'},
		heading: {color: 'blue'},
		accent: {color: 'magenta'},
		muted: {color: 'gray'},
		code: {color: 'green'},
		link: {color: 'blue'},
		quote: {color: 'gray'},
		border: {color: 'gray'},
		match: {color: 'yellow'},
		keyword: {color: 'magenta'},
		string: {color: 'green'},
		comment: {color: 'gray'},
		number: {color: 'red'},
		symbol: {color: 'blue'},
		footer: {color: 'gray'},
		progress: {color: 'blue'},
		progressEmpty: {color: 'gray'},
		overlayBorder: {color: 'blue'},
		overlayTitle: {color: 'blue'},
		key: {color: 'magenta'},
		hint: {color: 'magenta'},
		prompt: {color: 'blue'},
		error: {color: 'red'},
		blackout: {backgroundColor: 'black'},
		qr: {color: 'whiteBright', backgroundColor: 'black'},
	}),
	// NO_COLOR / --no-color: no colour at all; bold, inverse and underline stay.
	none: withColors('none', {}),
};

/** The theme to use: `none` whenever colour is off. */
export function chooseTheme(name: 'dark' | 'light', color: boolean): Theme {
	return color ? themes[name] : themes.none;
}

/** Props for an Ink `<Text>` from a role, plus a segment's own styling. */
export function textProps(style: RoleStyle): {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	dimColor?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
} {
	return {
		color: style.color,
		backgroundColor: style.backgroundColor,
		bold: style.bold,
		dimColor: style.dim,
		italic: style.italic,
		underline: style.underline,
		inverse: style.inverse,
	};
}
