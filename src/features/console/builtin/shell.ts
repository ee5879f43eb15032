// A serial console session over an ssh2 connection, vscode-free so it is tested against the
// loopback server: a pty-backed shell channel, text out (decoded across chunk boundaries), keys
// in, window size changes, and the end of the session with its exit code.
import { StringDecoder } from 'node:string_decoder';
import type { Client, ClientChannel } from 'ssh2';

export interface ShellHandlers {
  output(text: string): void;
  /** The remote end closed the session (exit code if it sent one). */
  closed(code: number | undefined): void;
}

export interface Size {
  cols: number;
  rows: number;
}

export class ShellSession {
  private ended = false;

  private constructor(
    private readonly client: Client,
    private readonly channel: ClientChannel,
  ) {}

  static start(client: Client, size: Size, handlers: ShellHandlers): Promise<ShellSession> {
    return new Promise((resolve, reject) => {
      client.shell({ term: 'xterm-256color', cols: size.cols, rows: size.rows }, (err, channel) => {
        if (err) return reject(err);
        const session = new ShellSession(client, channel);
        const decoder = new StringDecoder('utf8');
        let code: number | undefined;
        channel.on('data', (d: Buffer) => handlers.output(decoder.write(d)));
        channel.stderr.on('data', (d: Buffer) => handlers.output(d.toString('utf8')));
        channel.on('exit', (c: number | null) => {
          code = c ?? undefined;
        });
        channel.on('close', () => {
          const rest = decoder.end();
          if (rest !== '') handlers.output(rest);
          session.finish();
          handlers.closed(code);
        });
        client.on('close', () => {
          if (!session.ended) {
            session.finish();
            handlers.closed(code);
          }
        });
        resolve(session);
      });
    });
  }

  write(text: string): void {
    if (!this.ended) this.channel.write(text);
  }

  resize(size: Size): void {
    if (!this.ended) this.channel.setWindow(size.rows, size.cols, 0, 0);
  }

  close(): void {
    if (this.ended) return;
    this.finish();
    this.channel.close();
  }

  private finish(): void {
    this.ended = true;
    this.client.end();
  }
}
