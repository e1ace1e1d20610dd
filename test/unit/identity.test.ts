import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PersonIdentity, personKey, type ArticleSummary } from '../../server/src/analysis/summary';

/** An article summary with these people: [name, short, mentions]. */
function article(...people: Array<[string, string, number]>): ArticleSummary {
  return {
    date: null,
    lead: '',
    events: [],
    people: people.map(([name, short, mentionCount]) => ({ key: personKey(name), name, short, titles: [], mentions: [], mentionCount, quotes: 0 })),
  };
}

/** check(articles, expect): each person key's identity across the articles. */
function check(articles: ArticleSummary[], expect: Record<string, string | null>): void {
  const ids = new PersonIdentity(articles);
  for (const [key, id] of Object.entries(expect)) assert.equal(ids.of(key), id, key);
}

test('a one-word name joins the full name articles shorten to it', () => {
  const barack = article(['Barack Obama', 'Obama', 4]);
  check([barack, barack, article(['Obama', 'Obama', 1])], { obama: 'barack obama', 'barack obama': 'barack obama' });
});

test('a full name in one article only, or two full names shortened alike, take no one-word name', () => {
  // "Lynch": Stephen Lynch is named in one article; the Lynch of another article may be Loretta.
  check([article(['Stephen Lynch', 'Lynch', 7]), article(['Lynch', 'Lynch', 64])], { lynch: 'lynch' });
  const bill = article(['Bill Clinton', 'Clinton', 3]);
  const hillary = article(['Hillary Clinton', 'Clinton', 3]);
  check([bill, bill, hillary, hillary, article(['Clinton', 'Clinton', 2])], { clinton: 'clinton' });
  // One of them far more often (Hillary Clinton in 63 articles, Bill Clinton in 10): the word is hers.
  check([...Array(5).fill(hillary), bill, article(['Clinton', 'Clinton', 2])], { clinton: 'hillary clinton' });
});

test('a one-word name seen once that joins nobody is nobody across articles', () => {
  check([article(['Laura', 'Laura', 1]), article(['Laura', 'Laura', 1])], { laura: null });
  check([article(['Laura', 'Laura', 2])], { laura: 'laura' });
});

test('middle initials: one identity with or without them, unless two different initials are written', () => {
  const ids = new PersonIdentity([article(['Donald J. Trump', 'Trump', 3]), article(['Donald Trump', 'Trump', 5]), article(['Donald Trump', 'Trump', 2])]);
  assert.equal(ids.of('donald j. trump'), 'donald trump');
  assert.equal(ids.nameOf('donald trump'), 'Donald Trump');
  check([article(['George W. Bush', 'Bush', 3]), article(['George H. W. Bush', 'Bush', 3]), article(['George Bush', 'Bush', 1])], {
    'george w. bush': 'george w. bush',
    'george h. w. bush': 'george h. w. bush',
    'george bush': 'george bush',
  });
});
