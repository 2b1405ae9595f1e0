import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {Line} from '../../source/core/layout/types.js';
import {LineText} from '../../source/ui/kit/LineText.js';
import {themes} from '../../source/ui/kit/theme.js';
import {ThemeContext} from '../../source/ui/kit/use-theme.js';

const draw = (line: Line, hyperlinks = false, width = 60): string => {
	const {lastFrame, unmount} = render(
		<ThemeContext value={themes.dark}>
			<Box width={width}>
				<LineText line={line} hyperlinks={hyperlinks}/>
			</Box>
		</ThemeContext>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
};

// Bytes Ink 6.8 passes to the terminal as they are.
const hostile = [
	'\u001B]52;c;cHduZWQ=\u0007', // OSC 52: write the clipboard
	'\u001B]0;owned\u0007', // set the window title
	'\u001B]8;;https://evil.example\u0007', // open a hyperlink
	'\u001B[2J', // clear the screen
	'\u0007', // BEL
	'\r', // carriage return
	'\b', // backspace
	'\u202E', // right-to-left override
	'\u009B31m', // C1 CSI
].join('');

const controls = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('LineText', () => {
	it('draws the segments of a line side by side', () => {
		expect(draw([{text: 'Hello ', style: {}}, {text: 'world', style: {bold: true, role: 'heading'}}])).toBe('Hello world');
	});

	it('draws an empty line as a blank row', () => {
		const {lastFrame, unmount} = render(
			<Box flexDirection="column">
				<LineText line={[{text: 'above', style: {}}]} hyperlinks={false}/>
				<LineText line={[]} hyperlinks={false}/>
				<LineText line={[{text: 'below', style: {}}]} hyperlinks={false}/>
			</Box>,
		);
		expect(lastFrame()).toBe('above\n\nbelow');
		unmount();
	});

	it('never lets control bytes from a deck through, even if the deck model missed them', () => {
		const frame = draw([{text: `before${hostile}after`, style: {}}], false, 200);
		expect(frame).not.toMatch(controls);
		expect(frame).toContain('before');
		expect(frame).toContain('after');
		expect(frame).toContain('␛');
	});

	it('draws a link as an OSC 8 hyperlink when hyperlinks are on', () => {
		const frame = draw([{text: 'the docs', style: {role: 'link', href: 'https://example.com/a?b=c'}}], true);
		expect(frame).toBe('\u001B]8;;https://example.com/a?b=c\u0007the docs\u001B]8;;\u0007');
	});

	it('draws only the link text when hyperlinks are off: the layout has placed the URL', () => {
		const frame = draw([
			{text: 'the ', style: {role: 'link', href: 'https://example.com'}},
			{text: 'docs', style: {role: 'link', href: 'https://example.com'}},
			{text: '.', style: {}},
		]);
		expect(frame).toBe('the docs.');
	});

	it('drops a link whose target could break out of the escape sequence, keeping its text', () => {
		for (const href of ['https://a.example/\u0007\u001B]52;c;eA==\u0007', 'https://a.example/ space', 'https://ä.example', 'javascript:\u202Ealert(1)']) {
			const frame = draw([{text: 'click', style: {href}}], true);
			expect(frame).toBe('click');
		}
	});

	it('keeps a line with a hyperlink to its width', () => {
		const frame = draw([{text: 'x'.repeat(10), style: {href: 'https://example.com/' + 'p'.repeat(80)}}], true, 20);
		expect(frame.split('\n')).toHaveLength(1);
	});
});
