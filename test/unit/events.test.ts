import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { verbInfo, thirdPerson } from '../../server/src/analysis/events/verbs';
import { SEED } from '../support/seed';

test('verb forms: regular, doubled, silent e, irregular, gerund', () => {
  const base = (w: string) => verbInfo(w)?.base;
  assert.equal(base('captured'), 'capture');
  assert.equal(base('stopped'), 'stop');
  assert.equal(base('added'), 'add');
  assert.equal(base('called'), 'call');
  assert.equal(base('invited'), 'invite');
  assert.equal(base('spoke'), 'speak');
  assert.equal(base('met'), 'meet');
  assert.equal(base('putting'), 'put');
  assert.equal(base('received'), 'receive');
  assert.equal(verbInfo('bed'), null);
  assert.equal(verbInfo('meeting'), null);
  assert.equal(thirdPerson('catch'), 'catches');
  assert.equal(thirdPerson('try'), 'tries');
  assert.equal(thirdPerson('speak'), 'speaks');
});

test('seed events: dated, titled who + what, in chronological order', () => {
  const a = analyzeArticle(SEED);
  const dated = a.events.filter((e) => e.date).map((e) => `${e.date}${e.time ? ' ' + e.time : ''} · ${e.title}`);
  const expect: [string, RegExp][] = [
    ['2025-12', /^Trump says “They make cocaine/],
    ['2026-01-03', /^United States captures Maduro$/],
    ['2026-01-04', /^Trump puts Petro/],
    ['2026-01-07', /^Trump speaks with Petro$/],
    ['2026-01-07', /^Trump invites Petro$/],
    ['2026-W05', /^Petro makes odd remarks$/],
    ['2026-02-03', /^Petro meets with Trump$/],
    ['2026-02-03 10:53', /^Petro arrives at White House$/],
  ];
  let last = -1;
  for (const [when, title] of expect) {
    const i = dated.findIndex((d, k) => k > last && d.startsWith(when + ' · ') && title.test(d.slice(when.length + 3)));
    assert.ok(i > last, `${when} ${title} not found in order in ${JSON.stringify(dated)}`);
    last = i;
  }
});

test('"hours after Maduro’s capture" inherits the capture’s date', () => {
  const a = analyzeArticle(SEED);
  const caution = a.events.find((e) => /cautions Petro/.test(e.title));
  assert.equal(caution?.date, '2026-01-03');
});

test('each event’s text is its clause and its verb lies inside the sentence', () => {
  const a = analyzeArticle(SEED);
  for (const e of a.events) {
    assert.equal(SEED.slice(e.start, e.end), e.text);
    assert.equal(SEED.slice(e.verb.start, e.verb.end), e.verb.text);
    assert.ok(e.sentence.start <= e.verb.start && e.verb.end <= e.sentence.end);
  }
});

test('undated events come last; without a dateline relative dates do not date events', () => {
  const a = analyzeArticle('The mayor, Jane Okafor, opened the bridge on Tuesday. Okafor thanked the workers.');
  const last = a.events[a.events.length - 1];
  assert.equal(last.date, null);
  assert.ok(a.events.every((e) => e.date === null || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)));
});

test('titles: appositive subjects, passives, plural and pronoun subjects, light verbs skipped', () => {
  const title = (text: string) => analyzeArticle(' date 2016-09-26 ' + text).events.find((e) => e.date)?.title;
  assert.equal(title('Jimmy Tompkins, 31, tossed a football on Sunday.'), 'Tompkins tosses football');
  assert.equal(title('The poll was conducted on Sept. 19.'), 'Poll conducted');
  assert.equal(title('They marched through the city on Sunday.'), 'They march through the city');
  assert.equal(title('The vote was on Tuesday and the council approved the budget on Tuesday.'), 'Council approves budget');
});

test('titles: the head of a long subject phrase, and full names when two people share a surname', () => {
  const titles = (text: string) => analyzeArticle(' date 2016-09-26 ' + text).events.map((e) => e.title);
  assert.ok(titles('On Sunday, the windows of the shop at the corner in Uptown were covered with planks.').includes('Windows covered with planks'));
  const t = titles('Former President Bill Clinton and Hillary Clinton spoke on Monday. Bill Clinton worked with Hillary Clinton on Tuesday.');
  assert.ok(t.some((x) => /^Bill Clinton works with Hillary Clinton$/.test(x)), JSON.stringify(t));
});
