// The graphical console's transport without the webview: the built-in client's tunnel to port
// 5900 of the management address reaches the test RFB server, whose handshake, picture and
// input recording are checked with a few hand-written RFB client messages.
import assert from 'node:assert/strict';
import type { Duplex } from 'node:stream';
import { openVncTunnel } from '../../../src/features/console/graphical/tunnel';
import { connectSsh } from '../../../src/features/console/ssh/connect';
import { parseSshOptions } from '../../../src/features/console/ssh/options';
import { startConsoleServer, type ConsoleServer } from '../../support/consoleServer';
import { KEYSYM, PICTURE, pictureColour, sawCtrlAltDel, typedText } from '../../support/rfbServer';

function reader(stream: Duplex): (n: number) => Promise<Buffer> {
  let buf = Buffer.alloc(0);
  let waiter: (() => void) | undefined;
  stream.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    waiter?.();
  });
  return async (n) => {
    while (buf.length < n) await new Promise<void>((r) => (waiter = r));
    const out = buf.subarray(0, n);
    buf = buf.subarray(n);
    return out;
  };
}

describe('console: VNC tunnel and the test RFB server', function () {
  this.timeout(20_000);
  let server: ConsoleServer;

  before(async () => {
    server = await startConsoleServer({ allowedUsers: ['demo'], nameFor: () => 'web1' });
  });
  after(async () => server?.stop());

  /** An SSH connection to the console server as demo, with its test key. */
  const connect = () =>
    connectSsh({
      host: '127.0.0.1',
      username: 'demo',
      options: parseSshOptions(['-p', String(server.port), '-i', server.keyPath, '-o', 'StrictHostKeyChecking=no']),
      agents: [],
      defaultIdentities: [],
      prompts: { confirmHostKey: async () => false, hostKeyRefused: () => undefined, passphrase: async () => undefined },
    });

  it('tunnels to port 5900, does the RFB 3.8 handshake, sends the picture and records input', async () => {
    const client = await connect();
    const stream = await openVncTunnel(client, '127.0.0.1');
    const read = reader(stream);
    assert.equal((await read(12)).toString(), 'RFB 003.008\n');
    stream.write('RFB 003.008\n');
    assert.deepEqual([...(await read(2))], [1, 1], 'one security type, None');
    stream.write(Buffer.from([1]));
    assert.equal((await read(4)).readUInt32BE(0), 0, 'security result OK');
    stream.write(Buffer.from([1]));
    const init = await read(24);
    assert.equal(init.readUInt16BE(0), PICTURE.width);
    assert.equal(init.readUInt16BE(2), PICTURE.height);
    assert.equal((await read(init.readUInt32BE(20))).toString(), 'web1');

    // Ask for big-endian 32 bpp with red in the low byte, then a full update.
    const pf = Buffer.from([0, 0, 0, 0, 32, 24, 1, 1, 0, 255, 0, 255, 0, 255, 0, 8, 16, 0, 0, 0]);
    const req = Buffer.alloc(10);
    req.writeUInt8(3, 0);
    req.writeUInt16BE(PICTURE.width, 6);
    req.writeUInt16BE(PICTURE.height, 8);
    stream.write(Buffer.concat([pf, req]));
    const head = await read(16);
    assert.equal(head.readUInt16BE(2), 1, 'one rectangle');
    assert.equal(head.readInt32BE(12), 0, 'raw encoding');
    const pixels = await read(PICTURE.width * PICTURE.height * 4);
    for (const [x, y] of [[5, 5], [40, 60], [300, 60], [40, 180], [300, 180]] as const) {
      const at = (y * PICTURE.width + x) * 4;
      const v = pixels.readUInt32BE(at);
      assert.deepEqual([v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff], pictureColour(x, y), `pixel ${x},${y}`);
    }

    const key = (down: boolean, keysym: number): Buffer => {
      const b = Buffer.alloc(8);
      b.writeUInt8(4, 0);
      b.writeUInt8(down ? 1 : 0, 1);
      b.writeUInt32BE(keysym, 4);
      return b;
    };
    const pointer = Buffer.from([5, 1, 0, 10, 0, 20]);
    const cad = [KEYSYM.Control_L, KEYSYM.Alt_L, KEYSYM.Delete];
    stream.write(Buffer.concat([...cad.map((k) => key(true, k)), ...cad.reverse().map((k) => key(false, k)), key(true, 0x68), key(false, 0x68), key(true, 0x69), pointer]));
    const session = server.vnc.at(-1)!;
    const end = Date.now() + 5000;
    while (session.rfb.pointer.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    assert.equal(session.username, 'demo');
    assert.equal(session.destination, '127.0.0.1:5900');
    assert.equal(session.rfb.clientVersion, 'RFB 003.008');
    assert.ok(sawCtrlAltDel(session.rfb));
    assert.equal(typedText(session.rfb), 'hi');
    assert.deepEqual(session.rfb.pointer, [{ mask: 1, x: 10, y: 20 }]);
    assert.equal(session.rfb.error, undefined);

    client.end();
    while (!session.rfb.closed && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    assert.ok(session.rfb.closed, 'ending the SSH connection closes the tunnel');
  });

  it('refuses tunnels to other ports', async () => {
    const client = await connect();
    await assert.rejects(openVncTunnel(client, '127.0.0.1', 22));
    client.end();
  });
});
