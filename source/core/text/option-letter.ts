/** How an option is named, the same in the quiz, the exam and the room. */

const alphabet = 26;
const letterAt = (index: number): string => String.fromCodePoint(0x41 + index);

/**
`A` to `Z`, then `AA`, `AB` …: every option (by displayed position) has a
letter a room can call out. Only `A`–`Z` can be typed; options past `Z` are
reached with the arrows (or Tab in the room).
*/
export function optionLetter(position: number): string {
	return position < alphabet
		? letterAt(position)
		: letterAt(Math.floor(position / alphabet) - 1) + letterAt(position % alphabet);
}
