// The one way a tool runs, for VS Code (wiring/tools.ts) and any other host: the setting first
// (`bigv.agentTools`), then the input checked with zod (problems in words a model can act on),
// then, for a change, the confirmation the person saw. A change runs only for input confirmed
// moments before (prepare, then invoke, as VS Code calls them): never one that was not shown.
import type { z } from '../api';
import { toolByName } from './index';
import { ToolError, type Confirmation, type ToolDefinition, type ToolHost } from './types';

/** How long a confirmation stands for its invocation. */
export const CONFIRMED_MS = 10 * 60_000;

export interface Prepared {
  invocation: string;
  confirmation?: Confirmation;
}

function issueText(i: z.core.$ZodIssue): string {
  const at = i.path.length ? i.path.join('.') : 'input';
  const d = i as z.core.$ZodIssue & { expected?: string; minimum?: unknown; maximum?: unknown; values?: unknown[]; keys?: string[]; origin?: string; divisor?: number; format?: string };
  switch (i.code) {
    case 'invalid_type':
      return `${at}: expected ${d.expected}${i.message.includes('received undefined') || i.input === undefined ? ' (missing)' : ''}`;
    case 'too_small':
      return `${at}: at least ${String(d.minimum)}${d.origin === 'array' ? ' item(s)' : d.origin === 'string' ? ' character(s)' : ''}`;
    case 'too_big':
      return `${at}: at most ${String(d.maximum)}${d.origin === 'array' ? ' item(s)' : d.origin === 'string' ? ' character(s)' : ''}`;
    case 'invalid_value':
      return `${at}: one of ${(d.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${at}: unknown field(s) ${(d.keys ?? []).join(', ')}`;
    case 'not_multiple_of':
      return `${at}: a multiple of ${d.divisor}`;
    case 'invalid_format':
      return `${at}: not a valid ${d.format}`;
    default:
      return `${at}: ${i.message}`;
  }
}

/** The input as the tool's schema reads it, or a ToolError listing every problem. */
export function parseInput<I>(tool: ToolDefinition<I>, raw: unknown): I {
  const r = tool.schema().safeParse(raw ?? {});
  if (r.success) return r.data;
  throw new ToolError(`Invalid input for ${tool.name}: ${r.error.issues.slice(0, 6).map(issueText).join('; ')}. Fix these and call it again.`);
}

export class ToolRunner {
  private readonly confirmed = new Map<string, number>();

  constructor(private readonly host: ToolHost, private readonly now: () => number = Date.now) {}

  private tool(name: string): ToolDefinition {
    const tool = toolByName(name) as ToolDefinition | undefined;
    if (!tool) throw new ToolError(`There is no BigV tool ${name}.`);
    const access = this.host.access();
    if (access === 'off') throw new ToolError('The BigV tools are off (setting bigv.agentTools is "off"). Only the person can turn them on, in Settings.');
    if (tool.kind !== 'read' && access !== 'change') {
      throw new ToolError(`${name} changes servers, and the setting bigv.agentTools is "read" (reading only). Tell the person: they can make this change from the BigV view, or set bigv.agentTools to "change" to let you ask for it.`);
    }
    return tool;
  }

  /** What the person sees before it runs: a change's blast radius. A problem is left for invoke to say. */
  async prepare(name: string, raw: unknown): Promise<Prepared> {
    try {
      const tool = this.tool(name);
      const input = parseInput(tool, raw);
      const invocation = tool.invocation(input);
      if (!tool.confirm) return { invocation };
      const confirmation = await tool.confirm(this.host, input);
      this.confirmed.set(keyOf(name, input), this.now() + CONFIRMED_MS);
      return { invocation, confirmation };
    } catch (err) {
      if (err instanceof ToolError) return { invocation: `${name}…` };
      throw err;
    }
  }

  /** The tool's answer; a ToolError is for the model to read (VS Code hands it the message). */
  async invoke(name: string, raw: unknown, signal: AbortSignal): Promise<string> {
    const tool = this.tool(name);
    const input = parseInput(tool, raw);
    if (tool.confirm) {
      const key = keyOf(name, input);
      const until = this.confirmed.get(key);
      this.confirmed.delete(key);
      if (until === undefined || until < this.now()) {
        // Its own refusal, if it has one now; else it was simply never shown to the person.
        await tool.confirm(this.host, input);
        throw new ToolError(`${name} was not confirmed by the person, so nothing was changed. Call it again so they are asked.`);
      }
    }
    return tool.invoke(this.host, input, signal);
  }
}

const keyOf = (name: string, input: unknown): string => `${name} ${JSON.stringify(input)}`;
