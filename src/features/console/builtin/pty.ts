// The serial console in a VS Code terminal without any ssh program: a Pseudoterminal fed by the
// built-in client. A failure stays on screen (a terminal that closed at once would hide it)
// until a key is pressed.
import * as vscode from 'vscode';
import { connectSsh } from '../ssh/connect';
import { consoleRequest, type ConsoleEndpoint } from '../ssh/request';
import { describeFailure } from '../ssh/vscodePrompts';
import { ShellSession } from './shell';
import { wrapText } from './wrap';

const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** `describe`: a failure in words (default: the serial console's); the SSH terminal says its own. */
export function builtinConsolePty(endpoint: ConsoleEndpoint, describe?: (err: unknown) => string): vscode.Pseudoterminal {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number | void>();
  const destination = `${endpoint.username}@${endpoint.host}`;
  let session: ShellSession | undefined;
  let state: 'connecting' | 'open' | 'failed' | 'closed' = 'connecting';
  let size = { cols: 80, rows: 24 };
  let pending = '';

  const fail = (err: unknown): void => {
    state = 'failed';
    endpoint.log(`Console ${destination}: ${(err as Error).message ?? String(err)}`);
    const lines = wrapText(describe ? describe(err) : describeFailure(err, destination, endpoint.username), size.cols);
    write.fire(`\r\n${RED}${lines.join('\r\n')}${RESET}\r\n\r\n`);
    write.fire(`${DIM}${vscode.l10n.t('Press any key to close this terminal.')}${RESET}\r\n`);
  };

  return {
    onDidWrite: write.event,
    onDidClose: close.event,
    open(initial) {
      if (initial) size = { cols: initial.columns, rows: initial.rows };
      write.fire(`${DIM}${vscode.l10n.t('Connecting to {0} with the built-in SSH client…', destination)}${RESET}\r\n`);
      connectSsh(consoleRequest(endpoint))
        .then((client) => {
          if (state !== 'connecting') return void client.end();
          return ShellSession.start(client, size, {
            output: (text) => write.fire(text),
            closed: (code) => {
              if (state === 'closed') return;
              state = 'closed';
              close.fire(code ?? 0);
            },
          }).then((s) => {
            session = s;
            state = 'open';
            if (pending !== '') s.write(pending);
            pending = '';
          });
        })
        .catch(fail);
    },
    handleInput(data) {
      if (state === 'open') session?.write(data);
      else if (state === 'connecting') pending += data;
      else if (state === 'failed') {
        state = 'closed';
        close.fire(1);
      }
    },
    setDimensions(d) {
      size = { cols: d.columns, rows: d.rows };
      session?.resize(size);
    },
    close() {
      state = 'closed';
      session?.close();
    },
  };
}
