// The language-model tools in VS Code: each name package.json declares (contributes.languageModelTools)
// registered with vscode.lm, its confirmation and its answer from src/tools (no vscode there). The
// tools reach every profile's handlers through its ProfileApp; an irreversible action opens its
// ordinary command on the node, routed to its profile as a menu's would be.
import * as vscode from 'vscode';
import { currentSettings } from '../config';
import { ToolRunner } from '../tools/run';
import type { ToolHost } from '../tools/types';
import type { ProfileApp } from './profileApp';

export function toolHost(apps: () => readonly ProfileApp[]): ToolHost {
  return {
    access: () => currentSettings().agentTools,
    profiles: () =>
      apps().map((a) => ({
        profile: a.ctx.profiles.list().find((p) => p.id === a.profile.id) ?? { id: a.profile.id, name: a.profile.name, apiEndpoint: a.profile.apiEndpoint, authEndpoint: a.profile.authEndpoint, username: a.session.username, isDefault: false },
        ctx: a.ctx,
        node: (vmId: number) => a.estate.server(vmId),
      })),
    // Not awaited: the command waits for the person, who may take their time or cancel.
    openCommand: async (id, _profileId, arg) => void vscode.commands.executeCommand(id, arg),
  };
}

/** Lines of a confirmation, kept as lines (Markdown would run them together) and never read as Markdown. */
function asMarkdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  text.split('\n').forEach((line, i) => {
    if (i > 0) md.appendMarkdown('  \n');
    md.appendText(line);
  });
  return md;
}

export function registerTools(names: readonly string[], host: ToolHost): vscode.Disposable[] {
  if (typeof vscode.lm?.registerTool !== 'function') return [];
  const runner = new ToolRunner(host);
  return names.map((name) =>
    vscode.lm.registerTool<unknown>(name, {
      async prepareInvocation(options) {
        const p = await runner.prepare(name, options.input);
        return { invocationMessage: p.invocation, ...(p.confirmation ? { confirmationMessages: { title: p.confirmation.title, message: asMarkdown(p.confirmation.message) } } : {}) };
      },
      async invoke(options, token) {
        const abort = new AbortController();
        const sub = token.onCancellationRequested(() => abort.abort());
        try {
          const text = await runner.invoke(name, options.input, abort.signal);
          return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
        } finally {
          sub.dispose();
        }
      },
    }),
  );
}

/** The tool names package.json declares. */
export function declaredTools(manifest: unknown): string[] {
  const tools = (manifest as { contributes?: { languageModelTools?: unknown } } | undefined)?.contributes?.languageModelTools;
  return Array.isArray(tools) ? tools.flatMap((t: unknown) => (typeof (t as { name?: unknown } | null)?.name === 'string' ? [(t as { name: string }).name] : [])) : [];
}
