/**
 * A minimal LSP client for protocol tests: spawns the built server over stdio and waits for
 * events (a diagnostics push for a given version) instead of sleeping.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  DidOpenTextDocumentNotification,
  ExitNotification,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './shared';

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly stderr: string[];
  /** `window/showMessage` texts, in order. */
  readonly messages: string[];
  /** `client/registerCapability` and `client/unregisterCapability` requests, as `register method` / `unregister method`. */
  readonly registrations: string[];
  /** Resolves with the next diagnostics push for `uri` that satisfies `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, languageId: string, text: string, version?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

/** What a client may say it supports beyond the defaults, e.g. dynamic registration of the outline. */
export interface ExtraCapabilities {
  readonly documentSymbolDynamic?: boolean;
  readonly foldingRefresh?: boolean;
}

export async function startServer(locale = 'zh-cn', rootUri: string | null = null, extra: ExtraCapabilities = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const all: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    all.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(i, 1);
        w.resolve(p);
      }
    }
  });
  const messages: string[] = [];
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    messages.push(p.message);
  });
  const registrations: string[] = [];
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
    for (const r of p.registrations) registrations.push(`register ${r.method}`);
    return null;
  });
  connection.onRequest('client/unregisterCapability', (p: { unregisterations: { method: string }[] }) => {
    for (const r of p.unregisterations) registrations.push(`unregister ${r.method}`);
    return null;
  });
  connection.onRequest('workspace/foldingRange/refresh', () => {
    registrations.push('refresh foldingRange');
    return null;
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
    locale,
    capabilities: {
      workspace: { workspaceEdit: { documentChanges: true }, ...(extra.foldingRefresh ? { foldingRange: { refreshSupport: true } } : {}) },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true, ...(extra.documentSymbolDynamic ? { dynamicRegistration: true } : {}) },
      },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const diagnostics = (uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true) =>
    new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, accept, resolve }));
  return {
    connection,
    process: child,
    stderr,
    messages,
    registrations,
    diagnostics,
    async open(uri, languageId, text, version = 1) {
      const pushed = diagnostics(uri, (p) => p.version === version);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
      return pushed;
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      connection.dispose();
    },
  };
}
