// The Timeline and People tree views. They show what the server answers to `articleLens/timeline` and
// `articleLens/people` for the active article; nothing here analyses text.
import * as vscode from 'vscode';
import type { TimelineEvent, TimelineResult } from '../../server/src/features/timeline';
import type { OrganisationEntry, PeopleResult, PersonEntry, PersonQuote } from '../../server/src/features/people';
import type { ViewScope } from '../../server/src/features/views';

/** The LSP range shape (0-based lines and UTF-16 characters). */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The command every item runs to jump to its place (registered in extension.ts). */
export const OPEN_LOCATION = 'articleLens.openLocation';

function jump(title: string, loc: { uri: string; range: LspRange } | null): vscode.Command | undefined {
  return loc ? { command: OPEN_LOCATION, title, arguments: [loc.uri, loc.range] } : undefined;
}

type Request = <R>(method: string, params: unknown) => Promise<R | null>;

/** What a view needs from the extension: the active article and a way to ask the server. */
export interface ViewHost {
  activeArticle(): vscode.Uri | undefined;
  request: Request;
}

/** A snapshot of a tree item, for the extension-host tests (`articleLens.viewContents`). */
export interface ItemSnapshot {
  label: string;
  description?: string;
  tooltip?: string;
  command?: { command: string; arguments?: unknown[] };
  children?: ItemSnapshot[];
}

abstract class ArticleView<T extends vscode.TreeItem> implements vscode.TreeDataProvider<T> {
  protected readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  scope: ViewScope = 'document';
  view: vscode.TreeView<T> | undefined;
  private pending: Promise<void> = Promise.resolve();
  private generation = 0;

  constructor(
    protected readonly host: ViewHost,
    private readonly scopeContextKey: string,
  ) {}

  /** Asks the server again (the article, its text, the scope or the index changed). */
  refresh(): Promise<void> {
    const gen = ++this.generation;
    this.pending = this.fetch(gen).catch(() => undefined);
    return this.pending;
  }

  /** Resolves when the latest refresh has landed. */
  settled(): Promise<void> {
    return this.pending;
  }

  async setScope(scope: ViewScope): Promise<void> {
    this.scope = scope;
    await vscode.commands.executeCommand('setContext', this.scopeContextKey, scope);
    await this.refresh();
  }

  private async fetch(gen: number): Promise<void> {
    const uri = this.host.activeArticle();
    const result = uri ? await this.load(uri) : null;
    // A newer refresh started meanwhile: its answer wins.
    if (gen !== this.generation) return;
    this.apply(result, uri);
    this.changed.fire(undefined);
  }

  protected abstract load(uri: vscode.Uri): Promise<unknown>;
  protected abstract apply(result: unknown, uri: vscode.Uri | undefined): void;
  abstract getChildren(element?: T): T[];

  getTreeItem(element: T): vscode.TreeItem {
    return element;
  }

  protected setMessage(message: string | undefined, description: string | undefined): void {
    if (!this.view) return;
    this.view.message = message;
    this.view.description = description;
  }

  snapshot(): ItemSnapshot[] {
    const walk = (items: T[]): ItemSnapshot[] =>
      items.map((i) => {
        const label = typeof i.label === 'string' ? i.label : i.label?.label ?? '';
        const tooltip = typeof i.tooltip === 'string' ? i.tooltip : i.tooltip?.value;
        const children = i.collapsibleState ? walk(this.getChildren(i)) : undefined;
        return {
          label,
          ...(typeof i.description === 'string' && i.description ? { description: i.description } : {}),
          ...(tooltip ? { tooltip } : {}),
          ...(i.command ? { command: { command: i.command.command, arguments: i.command.arguments } } : {}),
          ...(children ? { children } : {}),
        };
      });
    return walk(this.getChildren());
  }
}

// ── Timeline ────────────────────────────────────────────────────────────────────────────────────────

class EventItem extends vscode.TreeItem {
  readonly kind = 'event';
  constructor(e: TimelineEvent, scope: ViewScope) {
    const when = `${e.dateLabel}${e.time ? ` ${e.time}` : ''}`;
    // The date is the group above; the label is the full title, so it fits a default-width side bar.
    super(e.title, vscode.TreeItemCollapsibleState.None);
    const parts: string[] = [];
    if (e.time) parts.push(e.time);
    if (e.planned) parts.push('planned');
    if (scope === 'workspace' && e.article) parts.push(e.article.name);
    this.description = parts.join(' · ');
    // No icon: the width goes to the title (a planned event says so in its description).
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(e.title)}**\n\n${escapeMd(when)}${e.planned ? ' · planned (after the article\'s date)' : ''}`);
    if (e.people.length) md.appendMarkdown(`\n\n${e.people.map((p) => escapeMd(p.name)).join(', ')}`);
    if (e.article) md.appendMarkdown(`\n\n${escapeMd(e.article.name)}${e.article.date ? ` (${e.article.date})` : ''}: ${escapeMd(e.article.lead)}`);
    this.tooltip = md;
    this.accessibilityInformation = { label: `${when}: ${e.title}${e.planned ? ', planned' : ''}${scope === 'workspace' && e.article ? `, in ${e.article.name}` : ''}` };
    this.command = jump('Go to the event', e.location);
    this.contextValue = 'articleLens.event';
  }
}

/** One date (as shown: `2026-01-26 (W05)`) and its events, in the server's chronological order. */
class DateItem extends vscode.TreeItem {
  readonly kind = 'date';
  constructor(
    date: string,
    readonly events: EventItem[],
    index: number,
  ) {
    super(date, vscode.TreeItemCollapsibleState.Expanded);
    // Unique even when a month ("2026-01") recurs between the days it sorts with.
    this.id = `date:${index}:${date}`;
    this.description = events.length > 1 ? `${events.length} events` : '';
    this.iconPath = new vscode.ThemeIcon('calendar');
  }
}

type TimelineNode = DateItem | EventItem;

export class TimelineView extends ArticleView<TimelineNode> {
  private groups: DateItem[] = [];
  result: TimelineResult | null = null;
  /** The person filter: key and name. */
  person: { key: string; name: string } | undefined;

  constructor(host: ViewHost) {
    super(host, 'articleLens.timelineScope');
  }

  protected load(uri: vscode.Uri): Promise<TimelineResult | null> {
    return this.host.request<TimelineResult>('articleLens/timeline', { uri: uri.toString(), scope: this.scope, person: this.person?.key });
  }

  protected apply(result: TimelineResult | null, uri: vscode.Uri | undefined): void {
    this.result = result;
    const groups: DateItem[] = [];
    let current: { date: string; events: EventItem[] } | undefined;
    const close = () => current && groups.push(new DateItem(current.date, current.events, groups.length));
    for (const e of result?.events ?? []) {
      if (current?.date !== e.dateLabel) {
        close();
        current = { date: e.dateLabel, events: [] };
      }
      current.events.push(new EventItem(e, this.scope));
    }
    close();
    this.groups = groups;
    const where = this.scope === 'workspace' ? 'all articles' : 'this article';
    const filter = this.person ? ` · ${this.person.name}` : '';
    const n = result ? `${result.events.length} event${result.events.length === 1 ? '' : 's'}` : '';
    let message: string | undefined;
    if (!uri) message = 'Open a news article to see its events in date order.';
    else if (result && !result.events.length) message = this.person ? `No dated events mention ${this.person.name}.` : 'No dated events in this article.';
    this.setMessage(message, uri ? `${where}${filter}${n ? ` · ${n}` : ''}` : undefined);
  }

  getChildren(element?: TimelineNode): TimelineNode[] {
    if (!element) return this.groups;
    return element instanceof DateItem ? element.events : [];
  }

  async setPerson(person: { key: string; name: string } | undefined): Promise<void> {
    this.person = person;
    await vscode.commands.executeCommand('setContext', 'articleLens.timelineFiltered', !!person);
    await this.refresh();
  }
}

// ── People ──────────────────────────────────────────────────────────────────────────────────────────

type PeopleNode = PersonItem | GroupItem | LeafItem;

class LeafItem extends vscode.TreeItem {
  readonly kind = 'leaf';
}

class GroupItem extends vscode.TreeItem {
  readonly kind = 'group';
  constructor(
    label: string,
    readonly children: () => PeopleNode[],
    expanded: boolean,
  ) {
    super(label, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "President of Colombia, Far-left Colombian": the fullest titles, then what else the article says. */
function roleOf(p: PersonEntry): string {
  const titles = p.titles.filter((t) => !p.titles.some((o) => o !== t && o.startsWith(t + ' ')));
  return [...titles, ...p.descriptors].join(', ');
}

function quoteItem(q: PersonQuote): LeafItem {
  const item = new LeafItem(q.excerpt, vscode.TreeItemCollapsibleState.None);
  const line = q.location.range.start.line + 1;
  item.description = `line ${line}${q.status === 'attributed' ? '' : ` · ${q.status}`}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.tooltip = `${q.excerpt}\n(line ${line}, ${q.status})`;
  item.command = jump('Go to the quote', q.location);
  return item;
}

class PersonItem extends vscode.TreeItem {
  readonly kind = 'person';
  constructor(
    readonly person: PersonEntry,
    scope: ViewScope,
  ) {
    super(person.name, vscode.TreeItemCollapsibleState.Collapsed);
    const role = roleOf(person);
    const counts = `${plural(person.mentionCount, 'mention')} · ${plural(person.quoteCount, 'quote')}`;
    const articles = scope === 'workspace' && person.appearances ? ` · ${plural(person.appearances.length, 'article')}` : '';
    this.description = `${role ? `${role} · ` : ''}${counts}${articles}`;
    this.iconPath = new vscode.ThemeIcon('person');
    this.tooltip = new vscode.MarkdownString(`**${escapeMd(person.name)}**${role ? `\n\n${escapeMd(role)}` : ''}\n\n${counts}${articles}`);
    this.accessibilityInformation = { label: `${person.name}${role ? `, ${role}` : ''}, ${counts}${articles}` };
    this.command = jump('Go to the first mention', person.location);
    this.contextValue = 'articleLens.person';
  }

  children(): PeopleNode[] {
    const p = this.person;
    if (p.appearances) {
      return p.appearances.map((a) => {
        const item = new LeafItem(a.article.name, vscode.TreeItemCollapsibleState.None);
        item.description = `${a.article.date ?? 'undated'} · ${plural(a.mentions, 'mention')} · ${plural(a.quotes, 'quote')}`;
        item.tooltip = a.article.lead;
        item.iconPath = new vscode.ThemeIcon('file');
        item.command = jump('Go to the article', a.location);
        return item;
      });
    }
    const out: PeopleNode[] = [];
    const quotes = p.quotes ?? [];
    if (quotes.length) out.push(new GroupItem(`Quotes (${quotes.length})`, () => quotes.map(quoteItem), true));
    const mentions = p.mentions ?? [];
    out.push(
      new GroupItem(
        `Mentions (${mentions.length})`,
        () =>
          mentions.map((m) => {
            const item = new LeafItem(`“${m.text}”`, vscode.TreeItemCollapsibleState.None);
            item.description = `line ${m.line}${m.kind === 'name' ? '' : ` · ${m.kind}`}`;
            item.iconPath = new vscode.ThemeIcon(m.kind === 'pronoun' ? 'arrow-small-left' : 'symbol-text');
            item.command = jump('Go to the mention', m.location);
            return item;
          }),
        false,
      ),
    );
    return out;
  }
}

function organisationItem(o: OrganisationEntry): GroupItem {
  const g = new GroupItem(o.name, () => o.quotes.map(quoteItem), false);
  // A named organisation: how often it is named and quoted, a click goes to its first mention.
  g.description = o.mentionCount !== undefined ? `${plural(o.mentionCount, 'mention')} · ${plural(o.quotes.length, 'quote')}` : plural(o.quotes.length, 'quote');
  if (!o.quotes.length) g.collapsibleState = vscode.TreeItemCollapsibleState.None;
  if (o.location) g.command = jump('Go to the first mention', o.location);
  g.iconPath = new vscode.ThemeIcon('organization');
  return g;
}

export class PeopleView extends ArticleView<PeopleNode> {
  private roots: PeopleNode[] = [];
  result: PeopleResult | null = null;

  constructor(host: ViewHost) {
    super(host, 'articleLens.peopleScope');
  }

  protected load(uri: vscode.Uri): Promise<PeopleResult | null> {
    return this.host.request<PeopleResult>('articleLens/people', { uri: uri.toString(), scope: this.scope });
  }

  protected apply(result: PeopleResult | null, uri: vscode.Uri | undefined): void {
    this.result = result;
    const people: PeopleNode[] = (result?.people ?? []).map((p) => new PersonItem(p, this.scope));
    const orgs = result?.organisations ?? [];
    if (orgs.length) {
      const g = new GroupItem(`Organisations (${orgs.length})`, () => orgs.map(organisationItem), true);
      g.iconPath = new vscode.ThemeIcon('organization');
      people.push(g);
    }
    this.roots = people;
    let message: string | undefined;
    if (!uri) message = 'Open a news article to see who is in it.';
    else if (result && !result.people.length && !orgs.length) message = 'Nobody is named in this article.';
    const n = result ? ` · ${plural(result.people.length, 'person', 'people')}` : '';
    this.setMessage(message, uri ? `${this.scope === 'workspace' ? 'all articles' : 'this article'}${n}` : undefined);
  }

  getChildren(element?: PeopleNode): PeopleNode[] {
    if (!element) return this.roots;
    if (element instanceof PersonItem) return element.children();
    if (element instanceof GroupItem) return element.children();
    return [];
  }
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => '\\' + c);
}
