// The health read with the settings and the machine's SSH setup (bigv.ssh.args, ~/.ssh/config,
// the agent, ~/.ssh/id_*), as the SSH terminal's built-in client has them; in dist/consoles.js
// with the rest of ssh2's users.
import type { HealthResult } from '../../model/health';
import { consoleRequest, type ConsoleEndpoint } from '../console/ssh/request';
import { readHealthOver } from './readHealth';

export function readServerHealth(endpoint: ConsoleEndpoint): Promise<HealthResult> {
  // The console's prompts are dropped: readHealthOver asks nothing.
  const { prompts: _never, ...request } = consoleRequest(endpoint);
  return readHealthOver(request);
}
