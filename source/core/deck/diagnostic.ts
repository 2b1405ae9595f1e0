import type {Diagnostic} from './types.js';

/** An error at `line`:`column`, with a hint only when there is one. */
export function error(line: number, column: number, message: string, hint?: string): Diagnostic {
	return {severity: 'error', line, column, message, ...(hint ? {hint} : {})};
}

/** A warning at `line`:`column`, with a hint only when there is one. */
export function warning(line: number, column: number, message: string, hint?: string): Diagnostic {
	return {severity: 'warning', line, column, message, ...(hint ? {hint} : {})};
}
