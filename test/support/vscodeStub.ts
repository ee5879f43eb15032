// Just enough of the `vscode` module to load a vscode-facing src/ file in a unit test: tree items,
// Markdown strings (appendText escapes as VS Code's does), webview panels that are recorded, and
// l10n.t. `withVscodeStub` puts it in place only while the given modules are required.
import Module from 'node:module';

export function format(message: string, args: unknown[]): string {
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

export class MarkdownString {
  constructor(public value = '') {}
  /** VS Code's own escaping (src/vs/base/common/htmlContent.ts), which leaves `.`, `:`, `/`, `@` alone. */
  appendText(text: string): MarkdownString {
    this.value += text
      .replace(/[\\`*_{}[\]()#+\-!~]/g, '\\$&')
      .replace(/([ \t]+)/g, (_m, g: string) => '&nbsp;'.repeat(g.length))
      .replace(/>/gm, '\\>')
      .replace(/\n/g, '\n\n');
    return this;
  }
  appendCodeblock(code: string, langId = ''): MarkdownString {
    this.value += `\n\`\`\`${langId}\n${code}\n\`\`\`\n`;
    return this;
  }
  appendMarkdown(md: string): MarkdownString {
    this.value += md;
    return this;
  }
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string | MarkdownString;
  contextValue?: string;
  iconPath?: unknown;
  command?: unknown;
  accessibilityInformation?: { label: string };
  constructor(
    public label: string,
    public collapsibleState?: number,
  ) {}
}

export interface StubPanel {
  title: string;
  revealed: number;
  dispose(): void;
}

class Emitter<T> {
  private listeners: Array<(e: T) => void> = [];
  event = (f: (e: T) => void) => (this.listeners.push(f), { dispose: () => undefined });
  fire(e: T): void {
    for (const f of this.listeners) f(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

const uri = (path: string) => ({ path, fsPath: path, toString: () => `file://${path}` });

export function makeVscodeStub() {
  const panels: StubPanel[] = [];
  const messages: string[] = [];
  const vscode = {
    l10n: { t: (message: string, ...args: unknown[]) => format(message, args) },
    MarkdownString,
    TreeItem,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ThemeIcon: class { constructor(public id: string, public color?: unknown) {} },
    ThemeColor: class { constructor(public id: string) {} },
    EventEmitter: Emitter,
    ViewColumn: { Active: -1 },
    Range: class { constructor(public a: number, public b: number, public c: number, public d: number) {} },
    Uri: { file: uri, joinPath: (base: { path: string }, ...parts: string[]) => uri([base.path, ...parts].join('/')) },
    workspace: { getConfiguration: () => ({ get: () => undefined }) },
    commands: { executeCommand: async () => undefined },
    window: {
      showErrorMessage: async (m: string) => void messages.push(m),
      showWarningMessage: async (m: string) => void messages.push(m),
      createWebviewPanel: (_type: string, title: string) => {
        const disposed = new Emitter<void>();
        const panel = {
          title,
          revealed: 0,
          reveal: () => void panel.revealed++,
          onDidDispose: disposed.event,
          dispose: () => disposed.fire(),
          webview: {
            html: '',
            cspSource: 'stub',
            asWebviewUri: (u: unknown) => u,
            postMessage: async () => true,
            onDidReceiveMessage: () => ({ dispose: () => undefined }),
          },
        };
        panels.push(panel);
        return panel;
      },
    },
  };
  return { vscode, panels, messages };
}

/** Requires `load()`'s modules with `vscode` resolved to `stub`; the real resolution is back after. */
export function withVscodeStub<T>(stub: object, load: () => T): T {
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const real = mod._load;
  mod._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : real.call(this, request, ...rest);
  };
  try {
    return load();
  } finally {
    mod._load = real;
  }
}
