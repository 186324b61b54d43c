/**
 * English function words. A match made only of these ("of the", "in the") says nothing about
 * reuse, so shingles and quoted phrases need content words besides them.
 */
const WORDS = `a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves also said says s t`;

/** The stop-word set, normalised (lower case, straight apostrophes). */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
