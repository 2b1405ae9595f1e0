/**
Every diagnostic message `check` can print, read from the source that makes
them, so a test can hold the deck-format docs to the whole list: a message
added to the code and not to the docs fails it.

A message is found where it is written: the `message` of an object literal,
or the argument a function of the file, or one it imports from a module of
its own, takes as its `message` parameter (`error(line, column, message,
hint)`). From there the text is followed
through `a ? b : c`, `[message, hint]` tuples and calls to functions of the
same file. What it cannot know (a message from elsewhere, such as an OS
error) leaves only the text written around it.
*/
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type FoundMessage = {
	readonly file: string;
	readonly line: number;
	/** The text written in the source, split where a value is put in. */
	readonly parts: readonly string[];
};

type Functions = ReadonlyMap<string, ts.SignatureDeclaration & {readonly body?: ts.Node}>;

/** Functions declared in a file by name: `function f() {}` and `const f = () => …`. */
function localFunctions(source: ts.SourceFile): Functions {
	const found = new Map<string, ts.SignatureDeclaration & {readonly body?: ts.Node}>();
	const visit = (node: ts.Node): void => {
		if (ts.isFunctionDeclaration(node) && node.name) {
			found.set(node.name.text, node);
		} else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
			found.set(node.name.text, node.initializer);
		}

		ts.forEachChild(node, visit);
	};

	visit(source);
	return found;
}

/**
Functions a file imports by name from a module of its own (`import {error}
from './diagnostic.js'`), as that module declares them, under the name the
file uses.
*/
function importedFunctions(source: ts.SourceFile): Functions {
	const found = new Map<string, ts.SignatureDeclaration & {readonly body?: ts.Node}>();
	for (const statement of source.statements) {
		const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
		if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !statement.moduleSpecifier.text.startsWith('.') || !bindings || !ts.isNamedImports(bindings)) {
			continue;
		}

		const target = path.resolve(path.dirname(source.fileName), statement.moduleSpecifier.text.replace(/\.js$/, '.ts'));
		if (!fs.existsSync(target)) {
			continue;
		}

		const declared = localFunctions(ts.createSourceFile(target, fs.readFileSync(target, 'utf8'), ts.ScriptTarget.Latest, true));
		for (const element of bindings.elements) {
			const fn = declared.get((element.propertyName ?? element.name).text);
			if (fn) {
				found.set(element.name.text, fn);
			}
		}
	}

	return found;
}

/** The expressions a function returns. */
function returned(fn: {readonly body?: ts.Node}): ts.Expression[] {
	const {body} = fn;
	if (body === undefined) {
		return [];
	}

	if (!ts.isBlock(body)) {
		return [body as ts.Expression];
	}

	const found: ts.Expression[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isReturnStatement(node) && node.expression) {
			found.push(node.expression);
		} else if (!ts.isFunctionLike(node)) {
			ts.forEachChild(node, visit);
		}
	};

	visit(body);
	return found;
}

/** The messages an expression can be; `element` picks from a `[message, hint]` tuple. */
function resolve(expression: ts.Expression, functions: Functions, element = 0, depth = 0): string[][] {
	if (depth > 8) {
		return [];
	}

	if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
		return [[expression.text]];
	}

	if (ts.isTemplateExpression(expression)) {
		return [[expression.head.text, ...expression.templateSpans.map(span => span.literal.text)]];
	}

	if (ts.isParenthesizedExpression(expression)) {
		return resolve(expression.expression, functions, element, depth + 1);
	}

	if (ts.isConditionalExpression(expression)) {
		return [...resolve(expression.whenTrue, functions, element, depth + 1), ...resolve(expression.whenFalse, functions, element, depth + 1)];
	}

	if (ts.isArrayLiteralExpression(expression)) {
		const item = expression.elements[element];
		return item ? resolve(item, functions, 0, depth + 1) : [];
	}

	if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) {
		const fn = functions.get(expression.expression.text);
		return fn ? returned(fn).flatMap(value => resolve(value, functions, element, depth + 1)) : [];
	}

	return [];
}

/** The argument of a call that fills the parameter at `index`, through a spread `...f()` if need be. */
function argumentAt(call: ts.CallExpression, index: number, functions: Functions): string[][] {
	for (const [position, argument] of call.arguments.entries()) {
		if (ts.isSpreadElement(argument)) {
			return resolve(argument.expression, functions, index - position);
		}

		if (position === index) {
			return resolve(argument, functions);
		}
	}

	return [];
}

export function diagnosticMessages(files: readonly string[]): FoundMessage[] {
	const found: FoundMessage[] = [];
	for (const file of files) {
		const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		const functions = new Map([...importedFunctions(source), ...localFunctions(source)]);
		const add = (node: ts.Node, messages: string[][]): void => {
			const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
			for (const parts of messages) {
				found.push({file, line, parts});
			}
		};

		const visit = (node: ts.Node): void => {
			if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message') {
				add(node, resolve(node.initializer, functions));
			} else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
				const index = functions.get(node.expression.text)?.parameters.findIndex(parameter => ts.isIdentifier(parameter.name) && parameter.name.text === 'message') ?? -1;
				if (index >= 0) {
					add(node, argumentAt(node, index, functions));
				}
			}

			ts.forEachChild(node, visit);
		};

		visit(source);
	}

	return found;
}

/**
The words of a message to look for in the docs: its longest stretch of
written text, without the quotes and backticks that hold a value put in.
*/
export function messageWords(parts: readonly string[]): string {
	const longest = parts.reduce((best, part) => (part.trim().length > best.trim().length ? part : best), '');
	return longest.trim().replace(/^[`"'.,;:( ]+|[`"'.,;:( ]+$/g, '').trim();
}
