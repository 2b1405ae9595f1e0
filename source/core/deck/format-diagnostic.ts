import {displayPath, sanitize} from '../text/sanitize.js';
import type {Diagnostic} from './types.js';

/**
`path:line:col: error: message`, the shape editors and CI logs link from. A
path with a newline or control bytes is quoted, so it stays one inert line.
*/
export function formatDiagnostic(filePath: string, diagnostic: Diagnostic): string {
	// The rule's name, as linters print it, is what `<!-- lint-ignore: … -->` takes.
	const rule = diagnostic.rule ? ` [${diagnostic.rule}]` : '';
	const head = `${displayPath(diagnostic.file === undefined ? filePath : besideDeck(filePath, diagnostic.file))}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${sanitize(diagnostic.message)}${rule}`;
	return diagnostic.hint ? `${head}\n  hint: ${sanitize(diagnostic.hint)}` : head;
}

/** An included file's path from the deck's folder, as a path beside the deck's as given. */
function besideDeck(deckPath: string, file: string): string {
	const folderEnd = Math.max(deckPath.lastIndexOf('/'), deckPath.lastIndexOf('\\'));
	return folderEnd === -1 ? file : `${deckPath.slice(0, folderEnd + 1)}${file}`;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {errors: number; warnings: number} {
	const errors = diagnostics.filter(diagnostic => diagnostic.severity === 'error').length;
	return {errors, warnings: diagnostics.length - errors};
}
