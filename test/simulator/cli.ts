// `npm run sim -- --port 0 [--session-ttl S] [--transition-ms N] [--vms N] [--management-address IP] [--host H] [--quiet]`
// The first line printed is always `listening on <url>`, so scripts can read the port from it.
import { startSimulator, DEMO_API_KEY, DEMO_PASSWORD, SECOND_FACTOR_CODE, type SimulatorOptions } from './index';

const USAGE = 'usage: sim [--port N] [--host H] [--session-ttl SECONDS] [--transition-ms N] [--vms N] [--management-address IP] [--quiet]';

function parseArgs(argv: string[]): SimulatorOptions & { quiet: boolean } {
  const out: SimulatorOptions & { quiet: boolean } = { quiet: false };
  const num = (flagName: string, v: string | undefined): number => {
    if (v === undefined || !/^\d+$/.test(v)) throw new Error(`${flagName} needs a whole number (got ${v ?? 'nothing'})\n${USAGE}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--port': out.port = num(name, value()); break;
      case '--host': out.host = value(); break;
      case '--session-ttl': out.sessionTtlSeconds = num(name, value()); break;
      case '--transition-ms': out.transitionMs = num(name, value()); break;
      case '--vms': out.vms = num(name, value()); break;
      case '--management-address': {
        const v = value();
        if (!v) throw new Error(`--management-address needs an IP address\n${USAGE}`);
        out.managementAddress = v;
        break;
      }
      case '--quiet': out.quiet = true; break;
      case '--help': case '-h': console.log(USAGE); process.exit(0);
      // falls through (exit never returns)
      default: throw new Error(`unknown option ${name}\n${USAGE}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  const { quiet, ...simOpts } = opts;
  const sim = await startSimulator({ ...simOpts, ...(quiet ? {} : { log: (line: string) => console.log(line) }) });
  console.log(`listening on ${sim.url}`);
  console.log(`auth endpoint and brain endpoint: ${sim.url}`);
  console.log(`users (password ${DEMO_PASSWORD}): demo (admin of accounts demo, acme), viewer (read-only, account demo), twofactor (2FA code ${SECOND_FACTOR_CODE}), ops (group_admin of demo/web)`);
  console.log(`API key (Authorization: Bearer …): ${DEMO_API_KEY} (group_admin of demo/web)`);
  const stop = () => { void sim.stop().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`simulator failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
