// A ToolHost over a command rig (or a fleet's core): the profile's real CommandContext and tree
// nodes, the setting as the test sets it, and the commands an irreversible tool opened, recorded.
import type { CommandContext, ProfileInfo } from '../../src/commands/context';
import type { Estate } from '../../src/estate/estate';
import { ToolRunner } from '../../src/tools/run';
import type { ToolAccess, ToolHost } from '../../src/tools/types';

export interface TestHost extends ToolHost {
  setting: ToolAccess;
  opened: string[];
  runner: ToolRunner;
  /** prepare, then invoke, as VS Code calls them; the confirmation with the answer. */
  call(name: string, input: unknown): Promise<{ confirmation?: { title: string; message: string }; answer: string }>;
}

export function hostOf(r: { ctx: CommandContext; estate: Estate }, setting: ToolAccess = 'change', profile?: ProfileInfo): TestHost {
  const host: TestHost = {
    setting,
    opened: [],
    access: () => host.setting,
    profiles: () => [{ profile: profile ?? r.ctx.profiles.list()[0]!, ctx: r.ctx, node: (id: number) => r.estate.server(id) }],
    openCommand: async (id, profileId, arg) => void host.opened.push(`${id} ${profileId} ${(arg as { vm?: { name: string } } | undefined)?.vm?.name ?? (arg as { kind?: string } | undefined)?.kind ?? '(palette)'}`),
    runner: undefined as unknown as ToolRunner,
    async call(name, input) {
      const p = await host.runner.prepare(name, input);
      const answer = await host.runner.invoke(name, input, new AbortController().signal);
      return { ...(p.confirmation ? { confirmation: p.confirmation } : {}), answer };
    },
  };
  host.runner = new ToolRunner(host);
  return host;
}

/** The ToolError's message a call ends with (fails when it succeeds). */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error('expected the tool to refuse');
}
