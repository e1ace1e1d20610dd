import type { AnalyzeOptions, ArticleAnalysis, Finding } from './types';
import { segment, normalizeDateOption } from './text';
import { findPeople } from './people';
import { withHouseList } from './people/house';
import { findQuotes } from './quotes';
import { findTimes } from './time';
import { findEvents } from './events';
import { settleSpeakers } from './speakers';
import { checkDateline } from './rules/bad-dateline';
import { quotedFirstPerson } from './people/firstPerson';
import { quotedThirdPerson } from './people/quotedThirdPerson';
import { groupPronouns } from './people/groupPronouns';
import { unresolvedSpeakerFindings } from './rules/unresolved-speaker';
import { buildSyntax } from './syntax/layer';
import { findOrganisations } from './organisations';

/**
 * Analyses one article: text → segments → syntax → people → quotes → times → events.
 * Never throws on any string input; problems in the input become findings.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const model = segment(text);
  const findings: Finding[] = [];
  const override = normalizeDateOption(options.date);
  for (const f of checkDateline(model)) findings.push(f);
  const date = override ?? model.dateline?.value ?? null;
  const syntax = options.syntax ? buildSyntax(model.tokens, model.sentences, options.syntax, model.lex) : null;
  const found = withHouseList(text, findPeople(model, { ...options.peopleModels, syntax }), options.people ?? []);
  const quoted = findQuotes(model, found, options.cues, syntax);
  const speakers = quotedFirstPerson(model, settleSpeakers(model, found, quoted.quotes, syntax), quoted.quotes);
  const people = groupPronouns(model, quotedThirdPerson(model, speakers, quoted.quotes, quoted.unclosed), syntax);
  const timed = findTimes(model, date);
  const events = findEvents(model, people, quoted.quotes, timed.times, syntax);
  // A loop, not push(...spread): hostile input can have more findings than the call stack has room for arguments.
  for (const f of quoted.findings) findings.push(f);
  for (const f of unresolvedSpeakerFindings(quoted.quotes, people.people)) findings.push(f);
  for (const f of timed.findings) findings.push(f);
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    text,
    date,
    model,
    people: people.people,
    mentions: people.mentions,
    quotes: quoted.quotes,
    organisations: findOrganisations(model, people.organisations, quoted.quotes, people.people, timed.times, syntax),
    times: timed.times,
    events,
    findings,
    syntax,
  };
}
