// What a language-model tool is, without VS Code: a name, words for the model, a zod input schema,
// and (for a change) the confirmation that names its blast radius. The tools act only by running
// the extension's own command handlers (src/commands/**) with a copy of a profile's
// CommandContext (answers.ts), so the definition, state guard, privilege checks and the one runner
// are the menus'. wiring/tools.ts registers them with `vscode.lm`; the same definitions could be
// served over MCP. No vscode import.
import type { z } from '../api';
import type { AgentTools } from '../config/settings';
import type { CommandContext, ProfileInfo } from '../commands/context';

/** `bigv.agentTools`: no tools, reading only, or reading and changing (each change confirmed). */
export type ToolAccess = AgentTools;

/** One profile as the tools see it: who is signed in, its handlers' context, its tree nodes. */
export interface ToolProfile {
  readonly profile: ProfileInfo;
  readonly ctx: CommandContext;
  /** The server's tree node (what a menu passes a handler), or undefined when it is not in the tree. */
  node(vmId: number): unknown;
}

export interface ToolHost {
  access(): ToolAccess;
  profiles(): readonly ToolProfile[];
  /** Runs the ordinary command (an irreversible one) on a node, where the person answers its questions. */
  openCommand(id: string, profileId: string, arg: unknown): Promise<void>;
}

/** `read`: answers from what is known; `change`: runs a command after the person confirms; `open`: opens a command for the person. */
export type ToolKind = 'read' | 'change' | 'open';

export interface Confirmation {
  title: string;
  /** Markdown-free text: the servers, their state now and after, what changes, undo, privilege. */
  message: string;
}

export interface ToolDefinition<I = unknown> {
  /** `bigv_<verb>`: package.json's `languageModelTools[].name`. */
  readonly name: string;
  readonly kind: ToolKind;
  /** Built on first use (zod lives in dist/api.js, which activation does not load). */
  schema(): z.ZodMiniType<I>;
  /** "Starting 3 servers": shown while it runs. */
  invocation(input: I): string;
  /** A change's confirmation; it checks the targets first, so a refusal is said before any question. */
  confirm?(host: ToolHost, input: I): Promise<Confirmation>;
  invoke(host: ToolHost, input: I, signal: AbortSignal): Promise<string>;
}

/** A refusal or a problem with the input, in words a model can act on (the tool's answer). */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

export const defineTool = <I>(d: ToolDefinition<I>): ToolDefinition<I> => d;
