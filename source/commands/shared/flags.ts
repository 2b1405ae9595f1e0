/**
The flags: each one, and the commands it belongs to. cli.tsx hands the table
to meow; interpret.ts refuses a flag given to a command it does not belong to.
*/

export const flagSpecs = {
	json: {type: 'boolean', commands: ['check', 'quiz', 'scores', 'rehearsals']},
	csv: {type: 'boolean', commands: ['scores']},
	questions: {type: 'boolean', commands: ['scores']},
	rooms: {type: 'boolean', commands: ['scores']},
	reset: {type: 'boolean', commands: ['scores']},
	yes: {type: 'boolean', commands: ['scores']},
	seed: {type: 'string', commands: ['quiz']},
	shuffle: {type: 'boolean', commands: ['quiz']},
	exam: {type: 'boolean', commands: ['quiz']},
	timeLimit: {type: 'string', commands: ['quiz']},
	coverage: {type: 'boolean', commands: ['check']},
	width: {type: 'string', commands: ['check']},
	maxWidth: {type: 'string', commands: ['play', 'check']},
	notes: {type: 'boolean', commands: ['print']},
	answers: {type: 'boolean', commands: ['print']},
	slide: {type: 'string', commands: ['play']},
	rehearse: {type: 'boolean', commands: ['play', 'presenter']},
	paceFromRehearsal: {type: 'boolean', commands: ['play', 'presenter']},
	solo: {type: 'boolean', commands: ['presenter']},
	quiz: {type: 'boolean', commands: ['play'], default: true},
	theme: {type: 'string', commands: ['play', 'quiz', 'review', 'presenter']},
	color: {type: 'boolean', commands: ['play', 'print', 'quiz', 'review', 'presenter'], default: true},
	screenReader: {type: 'boolean', commands: ['play', 'quiz', 'review', 'presenter']},
	store: {type: 'string', commands: ['play', 'check', 'quiz', 'review', 'scores', 'presenter', 'rehearsals']},
	room: {type: 'boolean', commands: ['quiz']},
	// The slideshow takes them for the room quiz a presented show ends with.
	countdown: {type: 'string', commands: ['quiz', 'play']},
	saveRoom: {type: 'boolean', commands: ['quiz', 'play']},
	present: {type: 'boolean', commands: ['play']},
	// The room's phones: for quiz --room, and for the room quiz a presented show ends with.
	serve: {type: 'boolean', commands: ['quiz', 'play']},
	host: {type: 'string', commands: ['quiz', 'play']},
	port: {type: 'string', commands: ['quiz', 'play']},
	watch: {type: 'boolean', commands: ['play', 'presenter']},
	images: {type: 'string', commands: ['play', 'presenter']},
} as const;

/** A flag as typed on the command line: `paceFromRehearsal` is `pace-from-rehearsal`. */
export const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
