// The commands that split text into sentences, bundled apart from the main command
// (dist/cliSentences.js): wink-nlp's English model takes a noticeable share of a second to
// load, and `align` never needs it, so `main.ts` loads this file only for `compare` and `pan`.
export { compareArticles } from '../core/compare/compareArticles';
export { runPan } from './pan';
