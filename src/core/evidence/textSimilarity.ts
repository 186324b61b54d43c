import { Lexicon } from '../normalize/lexicon';
import { tokenize } from '../normalize/tokenize';
import { similarityOf } from './memberEvidence';

/**
 * The core's one word similarity (see similarityOf) of two texts read on their own, for
 * callers that hold only text, such as passages imported from passim.
 */
export function textSimilarity(a: string, b: string): number {
  const lexicon = new Lexicon();
  const ta = tokenize(a, lexicon);
  const tb = tokenize(b, lexicon);
  return similarityOf(ta, 0, ta.count, tb, 0, tb.count);
}
