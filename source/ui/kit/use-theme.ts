import {createContext, useContext} from 'react';
import {type Theme, themes} from './theme.js';

/** The theme for everything below; the app provides it once at the top. */
export const ThemeContext = createContext<Theme>(themes.dark);

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
