/**
 * News outlets and the boilerplate they wrap around every article: bylines, share bars,
 * "Leave a Reply" comment footers, newsletter pitches, copyright lines. Each outlet keeps its
 * own, so the same lines recur across many articles without being reuse of content.
 */
import type { Rng } from './rng';
import type { QuoteStyle } from './model';

export interface Outlet {
  readonly name: string;
  readonly quoteStyle: QuoteStyle;
  /** Byline template; `{name}` is replaced by the author. Null: no byline. */
  readonly byline: string | null;
  readonly footer: string | null;
}

const FOOTERS = [
  'Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment\n\nName *\n\nEmail *\n\nSave my name, email, and website in this browser for the next time I comment.',
  'Leave a Reply Cancel reply\n\nYou must be logged in to post a comment.',
  'Share this:\n\nTwitter\nFacebook\nWhatsApp\nEmail\n\nLike this:\n\nLike Loading...',
  'Subscribe to our newsletter to get the latest news delivered straight to your inbox every morning. We respect your privacy and you can unsubscribe at any time.',
  'This article was originally published by {outlet}. Republished with permission. All rights reserved.',
  '© 2022 {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
];

const BYLINES = ['By {name}', 'By {name} | {outlet}', '{name}, {outlet} correspondent', 'By {name} and {name2}', '{outlet} Staff'];

/** `count` outlets named after `places` ("The Springfield Herald"), each with its byline and footer. */
export function buildOutlets(rng: Rng, places: readonly string[], count: number): Outlet[] {
  const outlets: Outlet[] = [];
  for (let i = 0; i < count; i++) {
    const name = `The ${places[rng.int(places.length)]} ${rng.pick(['Times', 'Herald', 'Post', 'Daily', 'Observer', 'Tribune', 'Gazette', 'News'])}`;
    const fill = (t: string) => t.split('{outlet}').join(name);
    outlets.push({
      name,
      quoteStyle: rng.chance(0.5) ? 'curly' : 'straight',
      byline: rng.chance(0.8) ? fill(rng.pick(BYLINES)) : null,
      // Footers go round the list so the busiest outlets (the first) carry "Leave a Reply".
      footer: i % 5 === 4 ? null : fill(FOOTERS[i % FOOTERS.length]),
    });
  }
  return outlets;
}
