// `articleLens.trace.server` as documented: LSP traffic in the "Article Lens" output whenever the setting is
// not "off". vscode-languageclient 11 traces only when its trace channel's log level is Trace, and writes
// at that level, which a log output channel hides unless the user also lowers the channel's level. This
// channel reports the level from the setting and writes the trace lines as ordinary (info) lines.
import * as vscode from 'vscode';

export function traceChannelFor(output: vscode.LogOutputChannel, section: string): vscode.LogOutputChannel & vscode.Disposable {
  const levelNow = () => (vscode.workspace.getConfiguration(section).get<string>('trace.server', 'off') === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace);
  let level = levelNow();
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  const sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(`${section}.trace.server`)) return;
    level = levelNow();
    changed.fire(level);
  });
  return {
    get name() {
      return output.name;
    },
    get logLevel() {
      return level;
    },
    onDidChangeLogLevel: changed.event,
    trace: (message: string) => output.info(message),
    debug: (message: string, ...args: unknown[]) => output.debug(message, ...args),
    info: (message: string, ...args: unknown[]) => output.info(message, ...args),
    warn: (message: string, ...args: unknown[]) => output.warn(message, ...args),
    error: (error: string | Error, ...args: unknown[]) => output.error(error, ...args),
    append: (value: string) => output.append(value),
    appendLine: (value: string) => output.appendLine(value),
    replace: (value: string) => output.replace(value),
    clear: () => output.clear(),
    show: (preserveFocus?: boolean) => output.show(preserveFocus),
    hide: () => output.hide(),
    dispose: () => {
      sub.dispose();
      changed.dispose();
    },
  } as vscode.LogOutputChannel & vscode.Disposable;
}
