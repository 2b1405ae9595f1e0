/**
Which tier runs: the slow one (`npm run test:slow`, vitest.slow.config.ts)
runs some files of the default tier again, doing more of what they do (more
generated decks, more processes at once), where more is worth its minutes in
CI and before a release but not on every `npm test`.
*/
export const slowTier = process.env['BRIEFING_DECK_TEST_TIER'] === 'slow';

/** `everyRun` on every `npm test`, `slow` in the slow tier. */
export const perTier = (everyRun: number, slow: number): number => (slowTier ? slow : everyRun);
