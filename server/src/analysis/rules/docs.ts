// docs/rules.md and the README's rule table, rendered from the registry. Tests compare the files in the
// repository with these (`UPDATE_DOCS=1` rewrites them), so the docs cannot drift from the rules.
import { RULES } from '.';

export function rulesTable(): string {
  const rows = RULES.map((r) => `| [\`${r.code}\`](docs/rules.md#${r.code}) | ${r.defaultSeverity} | ${r.title} |`);
  return ['| rule | default | finds |', '|---|---|---|', ...rows].join('\n');
}

export function rulesPage(): string {
  const out = [
    '# Article Lens rules',
    '',
    '<!-- Generated from server/src/analysis/rules/ by test/unit/rules.test.ts (UPDATE_DOCS=1 rewrites it). Edit the rule files, not this page. -->',
    '',
    'Each rule can be set to `error`, `warning`, `information`, `hint` or `off` in the editor setting',
    '`articleLens.diagnostics.severity` or in a project’s `.articlelens.json` (`"rules": { "<rule>": "<severity>" }`).',
    '',
  ];
  for (const r of RULES) {
    out.push(`## ${r.code}`, '', `**${r.title}** · default severity: \`${r.defaultSeverity}\``, '', r.description, '', 'Flagged:', '', '```', r.examples.bad, '```', '', 'Fine:', '', '```', r.examples.good, '```', '');
  }
  return out.join('\n');
}
