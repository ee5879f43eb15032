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

/**
 * Each server's primary IPv4 becomes a loopback address of its own (127.0.1.10, .11, …), where
 * the console server plays that server's sshd: Open SSH Terminal, the managed SSH config and
 * Remote-SSH reach something real in demo and e2e. Its reverse DNS and the extra IPs routed via
 * it follow. Not for the README pictures (`sshOnLoopback: false`), which show real-looking IPs.
 */
function assignSshAddresses(sim: Simulator): string[] {
  const servers = [...sim.state.servers()].sort((a, b) => a.id - b.id);
  return servers.flatMap((s, i) => {
    const nic = s.network_interfaces[0];
    const at = nic?.ips.findIndex((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip)) ?? -1;
    if (!nic || at < 0) return [];
    const old = nic.ips[at]!;
    const ip = `127.0.1.${10 + i}`;
    nic.ips[at] = ip;
    for (const [extra, via] of Object.entries(nic.extra_ips)) if (via === old) nic.extra_ips[extra] = ip;
    const rdns = sim.state.rdns.get(old);
    if (rdns !== undefined) {
      sim.state.rdns.delete(old);
      sim.state.rdns.set(ip, rdns);
    }
    return [ip];
  });
}

export async function startBackends(o: { transitionMs: number; port?: number; log?: (l: string) => void; sshOnLoopback?: boolean }): Promise<Backends> {
  const sim = await startSimulator({
    port: o.port ?? 0,
    transitionMs: o.transitionMs,
    managementAddress: '127.0.0.1',
    ...(o.log ? { log: o.log } : {}),
  });
  const hosts = assignConsoleAddresses(sim);
  const sshOn = o.sshOnLoopback !== false;
  const sshHosts = sshOn ? assignSshAddresses(sim) : [];
  const ownAddress = (s: { network_interfaces: Array<{ ips: string[] }> }, address: string) => s.network_interfaces[0]?.ips.includes(address) ?? false;
  let consoleServer: ConsoleServer;
  try {
    consoleServer = await startConsoleServer({
      allowedUsers: CONSOLE_USERS,
      hosts: ['127.0.0.1', ...hosts, ...sshHosts.filter((h) => !hosts.includes(h))],
      serverFor: (address) => (address.startsWith('127.0.1.') ? ((s) => (s ? (s.power_on ? s.name : null) : undefined))(sim.state.servers().find((s) => ownAddress(s, address))) : undefined),
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
      if (sshOn) assignSshAddresses(sim);
    },
    async stop() {
      await consoleServer.stop();
      await sim.stop();
    },
  };
}
