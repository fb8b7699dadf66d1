// Starts `rrp lsp` for the Markdown files of a plan folder (a workspace holding a plan.md).
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('rrp').get('path') || 'rrp';
  const server = { command, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient('rrp', 'RRP plan', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
