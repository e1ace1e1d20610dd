// Lemmatiser: suffix edit rules learned per XPOS tag (strip n characters, append a string), plus the
// training words whose lemma the rules get wrong (irregular forms: "went" → "go", "'s" → "be").
// Learned by train/train.ts from UD English EWT.

export interface LemmaModel {
  /** `xpos \u0001 suffix` → edit "n|append", for suffixes of 0–5 characters. */
  rules: Map<string, string>;
  /** `lower \u0001 xpos` → lemma, only where the rules are wrong. */
  exceptions: Map<string, string>;
}

export const MAX_SUFFIX = 5;

export function editOf(form: string, lemma: string): string {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return `${form.length - p}|${lemma.slice(p)}`;
}

export function applyEdit(form: string, edit: string): string {
  const bar = edit.indexOf('|');
  const cut = Number(edit.slice(0, bar));
  if (cut > form.length) return form;
  return form.slice(0, form.length - cut) + edit.slice(bar + 1);
}

/** The rule lemma of a lower-case form: the edit of the longest suffix the model has a rule for. */
export function ruleLemma(m: LemmaModel, lower: string, xpos: string): string {
  for (let k = Math.min(MAX_SUFFIX, lower.length); k >= 0; k--) {
    const e = m.rules.get(`${xpos}\u0001${lower.slice(lower.length - k)}`);
    if (e !== undefined) return applyEdit(lower, e);
  }
  return lower;
}

/** The lemma of `form` tagged `xpos`; proper nouns keep their case. */
export function lemmatize(m: LemmaModel, form: string, lower: string, xpos: string): string {
  const ex = m.exceptions.get(`${lower}\u0001${xpos}`);
  const l = ex ?? ruleLemma(m, lower, xpos);
  if ((xpos === 'NNP' || xpos === 'NNPS') && l.length === lower.length && l === lower) return form;
  return l;
}
