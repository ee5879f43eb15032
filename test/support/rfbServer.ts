// A small RFB 3.8 server (no authentication, raw encoding only) standing in for a BigV server's
// VNC at port 5900 of its management address: it draws a known picture and records the keys and
// pointer events the client sends, so tests can check both directions of a graphical console.
import type { Duplex } from 'node:stream';

export const PICTURE = { width: 320, height: 200 };

/** Four quadrants, red / green over blue / white, with a yellow bar along the top: easy to check. */
export function pictureColour(x: number, y: number): [number, number, number] {
  if (y < 20) return [255, 255, 0];
  const left = x < PICTURE.width / 2;
  const top = y < (PICTURE.height + 20) / 2;
  if (top) return left ? [255, 0, 0] : [0, 255, 0];
  return left ? [0, 0, 255] : [255, 255, 255];
}

export interface RfbSession {
  clientVersion: string;
  keys: Array<{ down: boolean; keysym: number }>;
  pointer: Array<{ mask: number; x: number; y: number }>;
  updatesSent: number;
  closed: boolean;
  error?: string;
}

export const KEYSYM = { Control_L: 0xffe3, Alt_L: 0xffe9, Delete: 0xffff };

/** The printable characters pressed, in order (keysyms 0x20–0x7e are ASCII). */
export function typedText(s: RfbSession): string {
  return s.keys.filter((k) => k.down && k.keysym >= 0x20 && k.keysym <= 0x7e).map((k) => String.fromCharCode(k.keysym)).join('');
}

/** Whether Ctrl, Alt and Delete were all held at once. */
export function sawCtrlAltDel(s: RfbSession): boolean {
  const held = new Set<number>();
  for (const k of s.keys) {
    if (k.down) held.add(k.keysym);
    else held.delete(k.keysym);
    if (held.has(KEYSYM.Control_L) && held.has(KEYSYM.Alt_L) && held.has(KEYSYM.Delete)) return true;
  }
  return false;
}

class Reader {
  private buf = Buffer.alloc(0);
  private want: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void } | undefined;
  private ended = false;

  constructor(stream: Duplex) {
    stream.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.pump();
    });
    stream.on('close', () => {
      this.ended = true;
      this.want?.reject(new Error('closed'));
    });
  }

  read(n: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      if (this.ended) return reject(new Error('closed'));
      this.want = { n, resolve, reject };
      this.pump();
    });
  }

  private pump(): void {
    if (!this.want || this.buf.length < this.want.n) return;
    const { n, resolve } = this.want;
    this.want = undefined;
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    resolve(out);
  }
}

interface PixelFormat {
  bpp: number;
  bigEndian: boolean;
  max: [number, number, number];
  shift: [number, number, number];
}

function encode(pf: PixelFormat, [r, g, b]: [number, number, number]): number {
  const c = (v: number, i: number): number => Math.round((v * pf.max[i]!) / 255) << pf.shift[i]!;
  return (c(r, 0) | c(g, 1) | c(b, 2)) >>> 0;
}

function frame(pf: PixelFormat): Buffer {
  const { width, height } = PICTURE;
  const bytes = pf.bpp / 8;
  const out = Buffer.alloc(4 + 12 + width * height * bytes);
  out.writeUInt8(0, 0); // FramebufferUpdate
  out.writeUInt16BE(1, 2);
  out.writeUInt16BE(0, 4);
  out.writeUInt16BE(0, 6);
  out.writeUInt16BE(width, 8);
  out.writeUInt16BE(height, 10);
  out.writeInt32BE(0, 12); // raw
  let at = 16;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = encode(pf, pictureColour(x, y));
      if (pf.bigEndian) out.writeUIntBE(v, at, bytes);
      else out.writeUIntLE(v, at, bytes);
      at += bytes;
    }
  }
  return out;
}

export function serveRfb(stream: Duplex, name = 'bigv-test'): RfbSession {
  const session: RfbSession = { clientVersion: '', keys: [], pointer: [], updatesSent: 0, closed: false };
  const reader = new Reader(stream);
  stream.on('close', () => (session.closed = true));
  const run = async (): Promise<void> => {
    stream.write('RFB 003.008\n');
    session.clientVersion = (await reader.read(12)).toString('latin1').trim();
    stream.write(Buffer.from([1, 1])); // one security type: None
    if ((await reader.read(1))[0] !== 1) throw new Error('client chose an unknown security type');
    stream.write(Buffer.from([0, 0, 0, 0])); // SecurityResult OK
    await reader.read(1); // ClientInit (shared flag)
    const init = Buffer.alloc(24);
    init.writeUInt16BE(PICTURE.width, 0);
    init.writeUInt16BE(PICTURE.height, 2);
    // 32 bpp, depth 24, little endian, true colour, 255/255/255, shifts 16/8/0
    Buffer.from([32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 16, 8, 0, 0, 0, 0]).copy(init, 4);
    init.writeUInt32BE(Buffer.byteLength(name), 20);
    stream.write(Buffer.concat([init, Buffer.from(name)]));
    let pf: PixelFormat = { bpp: 32, bigEndian: false, max: [255, 255, 255], shift: [16, 8, 0] };
    for (;;) {
      const type = (await reader.read(1))[0];
      if (type === 0) {
        const b = await reader.read(19);
        pf = { bpp: b[3]!, bigEndian: b[5] !== 0, max: [b.readUInt16BE(7), b.readUInt16BE(9), b.readUInt16BE(11)], shift: [b[13]!, b[14]!, b[15]!] };
      } else if (type === 2) {
        const n = (await reader.read(3)).readUInt16BE(1);
        await reader.read(4 * n);
      } else if (type === 3) {
        const b = await reader.read(9);
        // An incremental request waits for a change, and the picture never changes.
        if (b[0] === 0 || session.updatesSent === 0) {
          stream.write(frame(pf));
          session.updatesSent++;
        }
      } else if (type === 4) {
        const b = await reader.read(7);
        session.keys.push({ down: b[0] !== 0, keysym: b.readUInt32BE(3) });
      } else if (type === 5) {
        const b = await reader.read(5);
        session.pointer.push({ mask: b[0]!, x: b.readUInt16BE(1), y: b.readUInt16BE(3) });
      } else if (type === 6) {
        const len = (await reader.read(7)).readUInt32BE(3);
        await reader.read(len);
      } else {
        throw new Error(`unknown client message ${type}`);
      }
    }
  };
  run().catch((err: Error) => {
    if (err.message !== 'closed') {
      session.error = err.message;
      stream.destroy();
    }
  });
  return session;
}
