// Adversarial inputs for the engine (issue 8): strings built to trip super-linear regexes and
// quadratic passes. Used by the bench (ms per MB, scaling) and by test/unit/hostile.test.ts (no throw).

export interface HostileCase {
  name: string;
  /** Size in UTF-16 code units the bench measures at (the ladder goes up to it). */
  size: number;
  /** Builds the input at about `size` code units (deterministic). */
  make: (size: number) => string;
}

/** Repeats `unit` until the string is `size` code units long (cut on a code-point boundary). */
export function fill(unit: string, size: number): string {
  if (size <= 0 || unit.length === 0) return '';
  let s = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  return s;
}

/** Mulberry32: small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'an', 'dri', 'vo', 'sel', 'tu', 'ran', 'bek', 'os', 'li', 'na', 'gor', 'fi', 'zen', 'ha', 'pel', 'mu', 'rik'];

/** A made-up capitalised word ("Kalomer"). */
export function fakeName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/** Ordinary news prose (names, titles, quotes, dates), as one paragraph. */
export const PROSE =
  'Far-left Colombian President Gustavo Petro met with President Donald Trump at the White House on Tuesday after weeks of tension. ' +
  '“We had a very good meeting,” Trump told reporters. Petro said the talks were “frank and useful,” according to a statement. ' +
  'Sen. Bernie Moreno (R-OH) said last week that he would visit Bogotá in December. “It is time,” he added. ' +
  'Secretary of State Marco Rubio spoke with Foreign Minister Yolanda Villavicencio on Jan. 7, 2026, at 10:53 a.m. ';

function manyPeople(size: number): string {
  const rand = prng(7);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const s = `${fakeName(rand)} ${fakeName(rand)} said “${fakeName(rand).toLowerCase()} is fine.” `;
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, size);
}

function capitalisedRun(size: number): string {
  const rand = prng(11);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w = fakeName(rand);
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'one 5 MB line of prose', size: 5_000_000, make: (n) => fill(PROSE, n) },
  { name: 'one 5 MB word (aaaa…)', size: 5_000_000, make: (n) => fill('a', n) },
  { name: '100,000 straight quotes "', size: 100_000, make: (n) => fill('"', n) },
  { name: '100,000 mixed quote marks “”"‘’', size: 100_000, make: (n) => fill('“”"‘’\'', n) },
  { name: "'A.' × 200k", size: 400_000, make: (n) => fill('A.', n) },
  { name: "'A. ' × 200k (initials)", size: 600_000, make: (n) => fill('A. ', n) },
  { name: "'“a ' × 100k", size: 300_000, make: (n) => fill('“a ', n) },
  { name: 'unbalanced quotes everywhere', size: 1_000_000, make: (n) => fill('He said “we will win. She replied ‘no, and “never. ’Twas ”odd.\n\n', n) },
  { name: 'one paragraph, open quote never closed', size: 1_000_000, make: (n) => '“' + fill('Trump said that Petro would come on Tuesday. ', n - 1) },
  { name: 'long run of capitalised words', size: 1_000_000, make: capitalisedRun },
  { name: 'capitalised titles chain', size: 1_000_000, make: (n) => fill('President Senator Minister Secretary of State Mr. Dr. Gen. ', n) },
  { name: 'many distinct people with quotes', size: 1_000_000, make: manyPeople },
  { name: "'said ' repeated", size: 1_000_000, make: (n) => fill('said ', n) },
  { name: "'according to ' repeated", size: 1_000_000, make: (n) => fill('according to ', n) },
  { name: 'pronoun flood', size: 1_000_000, make: (n) => fill('he said she told them he added, they said ', n) },
  { name: 'nested quotes “‘“‘…’”’”', size: 200_000, make: (n) => fill('“‘', Math.floor(n / 2)) + fill('’”', Math.ceil(n / 2)) },
  { name: 'time expressions repeated', size: 1_000_000, make: (n) => ' date 2026-02-03 ' + fill('last Tuesday, on Jan. 3, 2026 at 10:53 a.m. next week in December 2025-12-25 ', n - 17) },
  { name: 'quoted nicknames repeated', size: 1_000_000, make: (n) => fill('Rep. John "Jay" Smith said he came. ', n) },
  { name: 'quotations and credits repeated', size: 1_000_000, make: (n) => fill('“We will win” and “We will win,” Trump said. "a "b ', n) },
  { name: 'month and year words repeated', size: 1_000_000, make: (n) => fill('May May May 2026 2026 - - - the the the last last ', n) },
  { name: 'digits and hyphens', size: 1_000_000, make: (n) => fill('2026-02-03-', n) },
  { name: 'hyphen/apostrophe word chain', size: 1_000_000, make: (n) => fill("a-b'c-d’e-", n) },
  { name: 'newlines only', size: 1_000_000, make: (n) => fill('\n', n) },
  { name: 'CR only', size: 1_000_000, make: (n) => fill('\r', n) },
  { name: 'many tiny paragraphs', size: 1_000_000, make: (n) => fill('Petro said “yes.”\n\n', n) },
  { name: 'whitespace and NBSP', size: 1_000_000, make: (n) => fill(' \t\u00a0\u200b', n) },
  { name: 'emoji and combining marks', size: 1_000_000, make: (n) => fill('😀 Sa\u0301nchez “e\u0301\u0301” ', n) },
  { name: 'parentheses (R-OH)', size: 1_000_000, make: (n) => fill('Sen. Bernie Moreno (R-OH) ((( ', n) },
];

export function hostileCase(name: string): HostileCase {
  const c = HOSTILE_CASES.find((h) => h.name === name);
  if (!c) throw new Error(`unknown hostile case ${name}`);
  return c;
}
