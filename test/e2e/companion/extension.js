// Test only (e2e scenario 24-agent): plays an agent. `bigvE2e.invokeTool` calls
// vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }) exactly as another
// extension's agent may, outside any chat. From the palette (no arguments) it reads the call from
// $BIGV_E2E_COMPANION_DIR/request.json ({ "tool": name, "input": {...} }, or { "list": true } for
// the names vscode.lm.tools holds) and writes result.json ({ ok, text } or { ok: false, error })
// there, which the scenario reads. Called with (name, input) it returns the text as well.
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');

async function call(name, input, token) {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }, token);
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : JSON.stringify(part))).join('\n');
}

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('bigvE2e.invokeTool', async (name, input) => {
      const dir = process.env.BIGV_E2E_COMPANION_DIR;
      const token = new vscode.CancellationTokenSource().token;
      if (typeof name === 'string') return call(name, input ?? {}, token);
      const request = JSON.parse(fs.readFileSync(path.join(dir, 'request.json'), 'utf8'));
      let answer;
      try {
        const text = request.list
          ? vscode.lm.tools.map((t) => t.name).filter((n) => n.startsWith(request.list === true ? '' : request.list)).join('\n')
          : await call(request.tool, request.input ?? {}, token);
        answer = { ok: true, text };
      } catch (err) {
        answer = { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
      }
      fs.writeFileSync(path.join(dir, 'result.json.tmp'), JSON.stringify(answer));
      fs.renameSync(path.join(dir, 'result.json.tmp'), path.join(dir, 'result.json'));
      return answer;
    }),
  );
};
exports.deactivate = () => undefined;
