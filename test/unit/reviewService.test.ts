/**
 * The review service in process, on in-memory documents: every LSP feature the server offers,
 * and the configuration it reads (once per folder, never on a hover).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, InitializeParams, MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DismissedFinding, EMPTY_CONFIG, ReviewConfig } from '../../server/src/analysis/config';
import { parseReport } from '../../server/src/analysis/parseReport';
import type { LoadedConfig } from '../../server/src/configFile';
import type { DismissalOutcome } from '../../server/src/dismissal';
import { ReviewService } from '../../server/src/lsp/reviewService';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const WORKSPACE = path.resolve('/reviews');
const uriOf = (name: string) => pathToFileURL(path.join(WORKSPACE, name)).href;

const REPORT = [
  '清河区2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '（一）化解矛盾纠纷',
  '全年调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。一是完善调解网络;二是培育调解队伍。',
  '（二）行政复议',
  '受理行政复议申请58件,审结52件。',
  '二、存在的不足',
  '基层法治力量仍然薄弱。',
].join('\n');

/** A host whose configuration lives in memory, counting how often the "disk" is read. */
function setUp(options: { config?: ReviewConfig; watched?: boolean; locale?: string; indexed?: { uri: string; model: ReturnType<typeof parseReport> }[] } = {}) {
  const reads: string[] = [];
  const told: string[] = [];
  const kinds: [string, boolean][] = [];
  const dismissals: DismissedFinding[] = [];
  let config = options.config ?? EMPTY_CONFIG;
  let clock = 0;
  const service = new ReviewService(
    {
      readConfig: (file): LoadedConfig => {
        reads.push(file);
        return { config, file: path.join(WORKSPACE, '.reportreview.json'), problems: [] };
      },
      recordDismissal: (_report, folder, entry): DismissalOutcome => {
        dismissals.push(entry);
        return { ok: true, file: path.join(folder, '.reportreview.json'), changed: true };
      },
      log: () => undefined,
      tell: (_kind, message) => told.push(message),
      announceKind: (uri, isReport) => kinds.push([uri, isReport]),
      ...(options.indexed ? { indexedReports: () => options.indexed! } : {}),
    },
    () => clock,
  );
  const params: InitializeParams = {
    processId: null,
    rootUri: null,
    locale: options.locale ?? 'zh-cn',
    workspaceFolders: [{ uri: pathToFileURL(WORKSPACE).href, name: 'reviews' }],
    capabilities: {
      textDocument: { publishDiagnostics: { relatedInformation: true } },
      workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: options.watched ?? true } },
    },
  };
  const init = service.initialize(params);
  const open = (name: string, text = REPORT, languageId = 'report', version = 1) => TextDocument.create(uriOf(name), languageId, version, text);
  return {
    service, init, open, reads, told, kinds, dismissals,
    setConfig: (c: ReviewConfig) => (config = c),
    tick: (ms: number) => (clock += ms),
  };
}

/** A hover's Markdown with its escapes taken out, as a reader sees it. */
const hoverText = (h: ReturnType<ReviewService['hover']>) => ((h?.contents as MarkupContent | undefined)?.value ?? '').replace(/\\(.)/g, '$1');
const positionOf = (doc: TextDocument, needle: string) => doc.positionAt(doc.getText().indexOf(needle));

describe('review service', () => {
  it('offers every feature the server registers', () => {
    const { init } = setUp();
    const caps = init.capabilities;
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.selectionRangeProvider && caps.workspaceSymbolProvider && caps.hoverProvider);
    assert.deepEqual(caps.executeCommandProvider?.commands, ['reportReview.dismissFinding']);
    assert.equal(init.canWatchFiles, true);
  });

  it('publishes the findings of a version with their fingerprints, in the language set', () => {
    const { service, open } = setUp();
    const doc = open('a.txt');
    const zh = service.publish(doc).diagnostics;
    const rate = zh.find((d) => d.code === 'rate-mismatch')!;
    assert.match(rate.message as string, /^成功率应为 95\.16%/);
    assert.match((rate.data as { fingerprint: string }).fingerprint, /^rate-mismatch:[0-9a-f]{12}$/);
    assert.equal(rate.relatedInformation?.length, 2, 'the counts as related information');
    service.applySettings({ ...DEFAULT_SETTINGS, messageLanguage: 'en' });
    assert.match(service.publish(doc).diagnostics.find((d) => d.code === 'rate-mismatch')!.message as string, /^成功率 should be 95\.16%/);
  });

  it('reads a folder\'s configuration once, not on hovers, code actions or the overview, and again after a change', () => {
    const { service, open, reads, setConfig } = setUp();
    const doc = open('a.txt');
    service.publish(doc);
    assert.equal(reads.length, 1);
    service.hover(doc, positionOf(doc, '95.3%'));
    service.codeActions(doc, service.publish(doc).diagnostics);
    service.overview(doc);
    service.publish(open('b.txt'));
    assert.equal(reads.length, 1, 'one read for the folder, whatever is asked');
    setConfig({ rules: { 'rate-mismatch': 'off' }, dismissed: [] });
    service.configurationChanged();
    assert.deepEqual(service.publish(doc).diagnostics.map((d) => d.code), []);
    assert.equal(reads.length, 2);
  });

  it('re-reads the configuration on a publish after a while for a client that reports no file changes', () => {
    const { service, open, reads, tick } = setUp({ watched: false });
    const doc = open('a.txt');
    service.publish(doc);
    service.publish(doc);
    assert.equal(reads.length, 1);
    tick(5000);
    service.hover(doc, positionOf(doc, '95.3%'));
    assert.equal(reads.length, 1, 'a hover never reads');
    service.publish(TextDocument.update(doc, [{ text: REPORT + '\n' }], 2));
    assert.equal(reads.length, 2);
  });

  it('answers hovers on figures and headings from the version\'s findings', () => {
    const { service, open } = setUp();
    const doc = open('a.txt');
    const onRate = hoverText(service.hover(doc, positionOf(doc, '95.3%')));
    assert.match(onRate, /2204 \/ 2316 = 95\.16%/);
    const onHeading = hoverText(service.hover(doc, positionOf(doc, '（一）化解')));
    assert.match(onHeading, /化解矛盾纠纷/);
    assert.equal(service.hover(doc, { line: 99, character: 0 }), null);
  });

  it('gives the outline, folding and selection ranges of a report, and nothing for a Markdown outline or a non-report', () => {
    const { service, open } = setUp();
    const doc = open('a.txt');
    const symbols = service.documentSymbols(doc);
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要举措和成效', '二、存在的不足']);
    assert.deepEqual(symbols[0]!.children!.map((s) => s.name), ['（一）化解矛盾纠纷', '（二）行政复议']);
    assert.deepEqual(symbols[0]!.children![0]!.children!.map((s) => s.name), ['一是完善调解网络', '二是培育调解队伍']);
    assert.ok(service.foldingRanges(doc).some((r) => r.startLine === 1 && r.endLine === 5));
    const chain = service.selectionRanges(doc, [positionOf(doc, '审结')])[0]!;
    let depth = 0;
    for (let r: typeof chain | undefined = chain; r; r = r.parent) depth++;
    assert.ok(depth >= 3, `sentence › paragraph › section…: ${depth}`);
    assert.deepEqual(service.documentSymbols(open('m.md', '# 报告\n\n一、情况\n', 'markdown')), []);
    assert.deepEqual(service.documentSymbols(open('notes.txt', 'just some notes', 'plaintext')), []);
  });

  it('finds headings across open reports by a fuzzy query', () => {
    const { service, open } = setUp();
    const found = service.workspaceSymbols([open('a.txt'), open('b.txt', REPORT.replace('行政复议', '行政应诉'))], '应诉');
    assert.deepEqual(found.map((s) => [s.name, s.location.uri]), [['（二）行政应诉', uriOf('b.txt')]]);
  });

  it('finds headings of the workspace\'s reports that are not open, and an open one as edited', () => {
    const saved = REPORT.replace('行政复议', '信访工作');
    const indexed = [
      { uri: uriOf('closed.txt'), model: parseReport(saved) },
      { uri: uriOf('a.txt'), model: parseReport(saved) },
    ];
    const { service, open } = setUp({ indexed });
    const found = service.workspaceSymbols([open('a.txt')], '信访');
    assert.deepEqual(found.map((s) => [s.name, s.location.uri]), [['（二）信访工作', uriOf('closed.txt')]], 'a.txt is open: its edited text, not the saved one');
  });

  it('offers the fix and the dismissal for a diagnostic, and records a dismissal inside the workspace only', () => {
    const { service, open, dismissals, reads } = setUp();
    const doc = open('a.txt');
    const rate = service.publish(doc).diagnostics.find((d) => d.code === 'rate-mismatch')!;
    const actions: CodeAction[] = service.codeActions(doc, [rate]);
    assert.deepEqual(actions.map((a) => a.title), [
      '改比率:按 2204件 / 2316件 将“95.3%”改为“95.2%”',
      '改分子:若比率无误,将“调解成功2204件”改为“2207件”(2207 / 2316 得 95.3%)',
      '忽略此问题(rate-mismatch,记入 .reportreview.json)',
    ]);
    const args = actions[2]!.command!.arguments![0];
    assert.equal(service.dismiss('reportReview.dismissFinding', args, () => true), null);
    assert.deepEqual(dismissals.map((d) => d.rule), ['rate-mismatch']);
    service.publish(doc);
    assert.equal(reads.length, 2, 'the configuration is read again after the dismissal');
    const outside = { ...args, uri: pathToFileURL(path.resolve('/elsewhere/a.txt')).href };
    assert.equal(service.dismiss('reportReview.dismissFinding', outside, () => true)?.code, -32602);
    assert.equal(service.dismiss('reportReview.dismissFinding', args, () => false)?.code, -32602, 'not open');
    assert.equal(service.dismiss('other.command', args, () => true)?.code, -32601);
    assert.equal(dismissals.length, 1);
  });

  it('gives the overview of a report with its findings', () => {
    const { service, open } = setUp();
    const overview = service.overview(open('a.txt'))!;
    assert.equal(overview.title, '清河区2024年法治政府建设情况报告');
    assert.equal(overview.findingCounts.error, 1);
    assert.deepEqual(overview.sections.map((s) => s.title), ['主要举措和成效', '存在的不足']);
    assert.equal(service.overview(open('notes.txt', 'just some notes', 'plaintext')), null);
  });

  it('gives the figures table of a report with its findings, in the message language', () => {
    const { service, open } = setUp();
    const table = service.figures(open('a.txt'))!;
    assert.equal(table.language, 'zh');
    const rate = table.rows.find((r) => r.written === '95.3%')!;
    assert.deepEqual(rate.roles, ['rate']);
    assert.deepEqual(rate.findings.map((f) => f.rule), ['rate-mismatch']);
    assert.ok(table.rows.some((r) => r.written === '2316件' && r.value === 2316));
    assert.equal(service.figures(open('notes.txt', 'just some notes', 'plaintext')), null);
  });

  it('tells the client when a plain-text file is a report, once per change of mind', () => {
    const { service, open, kinds } = setUp();
    service.publish(open('a.txt', REPORT, 'plaintext'));
    service.publish(open('a.txt', REPORT, 'plaintext', 2));
    service.publish(open('n.txt', 'just some notes', 'plaintext'));
    assert.deepEqual(kinds, [[uriOf('a.txt'), true], [uriOf('n.txt'), false]]);
  });
});
