// A small repository with an `.articlelens.json`, shared by the CLI and server tests so both check the
// same findings for the same files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PROJECT_ARTICLE = ` date 2026-02-03 Mayor Jane Okafor toured the flooded district on Monday.

“We will rebuild the bridge by March,” a senior city official said.

The river rose two metres overnight.

“Nobody asked us.”

Residents waited for hours at the shelter.

“Where is the money?”
`;

export const PROJECT_CONFIG = {
  rules: { 'anonymous-source': 'warning' },
  ignore: { files: ['drafts/'], findings: [{ rule: 'unattributed-quote', text: 'Nobody asked us' }] },
};

/** The findings that configuration leaves, as [code, severity, text]. */
export const PROJECT_FINDINGS = [
  ['anonymous-source', 'warning', 'a senior city official'],
  ['unattributed-quote', 'warning', '“Where is the money?”'],
];

/** `root/.articlelens.json`, `root/news/flood.article`, `root/drafts/flood.article`. */
export function makeProject(config: unknown = PROJECT_CONFIG): { root: string; article: string; draft: string; configFile: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-project-'));
  const configFile = path.join(root, '.articlelens.json');
  fs.writeFileSync(configFile, typeof config === 'string' ? config : JSON.stringify(config, null, 2) + '\n');
  for (const d of ['news', 'drafts']) fs.mkdirSync(path.join(root, d));
  const article = path.join(root, 'news', 'flood.article');
  const draft = path.join(root, 'drafts', 'flood.article');
  fs.writeFileSync(article, PROJECT_ARTICLE);
  fs.writeFileSync(draft, PROJECT_ARTICLE);
  return { root, article, draft, configFile };
}
