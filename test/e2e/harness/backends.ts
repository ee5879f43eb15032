// The two fake services the extension talks to: the BigV simulator (auth + brain) and the serial
// console. Shared by the end-to-end suite and `npm run demo`.
import { startSimulator, type Simulator } from '../../simulator';
import { startConsoleServer, type ConsoleServer } from '../../support/consoleServer';

export interface Backends {
  sim: Simulator;
  console: ConsoleServer;
  /** Puts the simulator back to its seed data, with console addresses again. */
  reset(): void;
  stop(): Promise<void>;
}

const CONSOLE_USERS = ['demo', 'twofactor', 'viewer'];

/**
 * Every server gets its own loopback address (127.0.0.10, .11, …) as management_address, and
 * the console server listens on all of them: like the real one, it then knows which server's
 * console was asked for by the address dialled, and its banner names it.
 */
function consoleAddress(index: number): string {
  return `127.0.0.${10 + index}`;
}

function assignConsoleAddresses(sim: Simulator): string[] {
  const servers = [...sim.state.servers()].sort((a, b) => a.id - b.id);
  servers.forEach((s, i) => {
    s.management_address = consoleAddress(i);
  });
  return servers.map((_, i) => consoleAddress(i));
}

export async function startBackends(o: { transitionMs: number; port?: number; log?: (l: string) => void }): Promise<Backends> {
  const sim = await startSimulator({
    port: o.port ?? 0,
    transitionMs: o.transitionMs,
    managementAddress: '127.0.0.1',
    ...(o.log ? { log: o.log } : {}),
  });
  const hosts = assignConsoleAddresses(sim);
  let consoleServer: ConsoleServer;
  try {
    consoleServer = await startConsoleServer({
      allowedUsers: CONSOLE_USERS,
      hosts: ['127.0.0.1', ...hosts],
      nameFor: (address) => sim.state.servers().find((s) => s.management_address === address)?.name,
      applianceFor: (address) => sim.state.servers().find((s) => s.management_address === address && s.power_on)?.lastAppliance?.name,
      ...(o.log ? { log: o.log } : {}),
    });
  } catch (err) {
    await sim.stop();
    throw err;
  }
  return {
    sim,
    console: consoleServer,
    reset() {
      sim.reset();
      assignConsoleAddresses(sim);
    },
    async stop() {
      await consoleServer.stop();
      await sim.stop();
    },
  };
}
