import type { ArticleAnalysis, Finding, TextSpan } from './types';

// The public JSON contract of `article-lens analyze --format json`
// (documented in README.md and ../shared/analysis-contract.md). Fields may be
// added; none may be renamed or change meaning without a major version.

export const CONTRACT_VERSION = 1;

export interface ContractSpan {
  start: number;
  end: number;
  text: string;
}

export interface ArticleJson {
  file: string;
  date: string | null;
  people: { id: string; name: string; titles: string[]; descriptors: string[]; aliases: string[]; gender: string | null; mentions: (ContractSpan & { kind: string })[] }[];
  quotes: (ContractSpan & { speaker: string | null; speakers: string[]; speakerMention: ContractSpan | null; cue: ContractSpan | null; via: ContractSpan | null; status: string; kind: string; paragraph: number })[];
  /** Named organisations, media and agencies (never people); `quotes`: indices into `quotes` credited to each. */
  organisations: { id: string; name: string; mentions: ContractSpan[]; quotes: number[] }[];
  times: (ContractSpan & { type: string; value: string })[];
  events: (ContractSpan & {
    title: string;
    date: string | null;
    time: string | null;
    verb: ContractSpan;
    anchor: ContractSpan | null;
    dating: 'own' | 'shared' | 'inherited' | null;
    planned?: true;
    /** An event told in someone's words: the claim verb and who made the claim. */
    reported?: { cue: ContractSpan; source: ContractSpan };
  })[];
  diagnostics: { start: number; end: number; code: string; severity: string; message: string }[];
}

function span(s: TextSpan | null): ContractSpan | null {
  return s ? { start: s.start, end: s.end, text: s.text } : null;
}

/** The contract object for one analysed file. `severityOf` maps findings through settings (null drops them). */
export function toContract(file: string, a: ArticleAnalysis, severityOf?: (code: string, def: string, finding: Finding) => string | null): ArticleJson {
  return {
    file,
    date: a.date,
    people: a.people.map((p) => ({
      id: p.id,
      name: p.name,
      titles: p.titles,
      descriptors: p.descriptors,
      aliases: p.aliases,
      gender: p.gender,
      mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    })),
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      // Every person credited; one id for a single speaker, none when nobody is ("Smith and Jones wrote" gives both).
      speakers: q.speakers ?? (q.speaker ? [q.speaker] : []),
      speakerMention: span(q.speakerMention),
      cue: span(q.cue),
      via: span(q.via ?? null),
      status: q.status,
      kind: q.kind,
      paragraph: q.paragraph,
    })),
    organisations: a.organisations.map((o) => ({ id: o.id, name: o.name, mentions: o.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })), quotes: o.quotes })),
    times: a.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value })),
    events: a.events.map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      title: e.title,
      date: e.date,
      time: e.time,
      verb: { start: e.verb.start, end: e.verb.end, text: e.verb.text },
      anchor: e.anchor && { start: e.anchor.start, end: e.anchor.end, text: a.text.slice(e.anchor.start, e.anchor.end) },
      dating: e.dating,
      ...(e.planned ? { planned: true as const } : {}),
      ...(e.reported ? { reported: { cue: { ...e.reported.cue }, source: { ...e.reported.source } } } : {}),
    })),
    diagnostics: a.findings.flatMap((f) => {
      const severity = severityOf ? severityOf(f.code, f.severity, f) : f.severity;
      return severity ? [{ start: f.start, end: f.end, text: a.text.slice(f.start, f.end), code: f.code, severity, message: f.message }] : [];
    }),
  };
}
