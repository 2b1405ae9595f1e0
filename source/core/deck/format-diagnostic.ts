import {displayPath, sanitize} from '../text/sanitize.js';
import type {Diagnostic} from './types.js';

/**
`path:line:col: error: message`, the shape editors and CI logs link from. A
path with a newline or control bytes is quoted, so it stays one inert line.
*/
export function formatDiagnostic(filePath: string, diagnostic: Diagnostic): string {
	// The rule's name, as linters print it, is what `<!-- lint-ignore: … -->` takes.
	const rule = diagnostic.rule ? ` [${diagnostic.rule}]` : '';
	const head = `${displayPath(filePath)}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${sanitize(diagnostic.message)}${rule}`;
	return diagnostic.hint ? `${head}\n  hint: ${sanitize(diagnostic.hint)}` : head;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {errors: number; warnings: number} {
	const errors = diagnostics.filter(diagnostic => diagnostic.severity === 'error').length;
	return {errors, warnings: diagnostics.length - errors};
}
