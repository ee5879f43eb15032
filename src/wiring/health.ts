// A profile's health reads (estate/health.ts) given VS Code's parts: the setting, the SSH user and
// arguments of Open SSH Terminal, the built-in client in dist/consoles.js (required on the first
// read: the argv checks, ssh2 and node:net stay out of activation), and the tree provider to
// redraw. Every failure becomes a reason on the Health row.
import * as vscode from 'vscode';
import { healthEnabledFor } from '../config/health';
import { sshUserFor } from '../config/sshUser';
import { HealthWatch } from '../estate/health';
import { fullName, type ServerNode } from '../estate/nodes';
import { loadConsoles } from '../features/console/loadConsoles';
import { primaryIp } from '../model/format';
import type { HealthResult } from '../model/health';

export function profileHealth(o: {
  extensionPath: string;
  profileId: string;
  log: { info(m: string): void; warn(m: string): void };
  changed(servers: ServerNode[] | undefined): void;
  alive(server: ServerNode): boolean;
}): { watch: HealthWatch; dispose(): void } {
  const cfg = () => vscode.workspace.getConfiguration('bigv');
  const read = async (server: ServerNode): Promise<HealthResult> => {
    const user = sshUserFor(cfg(), o.profileId, fullName(server), (m) => o.log.warn(m));
    const result = await loadConsoles(o.extensionPath).readServerHealth({
      sshPath: cfg().get<unknown>('console.sshPath'),
      sshArgs: cfg().get<unknown>('ssh.args'),
      user,
      address: primaryIp(server.vm),
      log: (l) => o.log.info(l),
    });
    if (!result.ok) o.log.info(`Health of ${fullName(server)} unavailable: ${result.reason}`);
    return result;
  };
  const watch = new HealthWatch({ enabled: () => healthEnabledFor(cfg().get<unknown>('health.enabled'), o.profileId), read, changed: o.changed, alive: o.alive });
  const sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('bigv.health')) watch.settingChanged();
  });
  return {
    watch,
    dispose() {
      sub.dispose();
      watch.dispose();
    },
  };
}
