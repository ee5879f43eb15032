// The VNC server of a BigV server listens on port 5900 of its management address, reached
// through the SSH connection to that same address (bigv-api.md D.3: `ssh -L 9999:<mgmt>:5900`).
import type { Client, ClientChannel } from 'ssh2';

export const VNC_PORT = 5900;

export function openVncTunnel(client: Client, address: string, port: number = VNC_PORT): Promise<ClientChannel> {
  return new Promise((resolve, reject) => {
    client.forwardOut('127.0.0.1', 0, address, port, (err, channel) => (err ? reject(err) : resolve(channel)));
  });
}
