import * as assert from 'node:assert/strict';
import { overviewHtml } from '../../client/src/overviewHtml';
import { analyzeReport } from '../../server/src/analysis/index';
import { overviewOf } from '../../server/src/presentation/overview';
import { sample } from '../helpers/shared';

describe('overview view HTML', () => {
  const analysis = analyzeReport(sample('qinghe-2024.txt'));
  const overview = overviewOf(analysis.model, analysis.findings, 'zh');
  const html = overviewHtml(overview, { nonce: 'N0nce', cspSource: 'vscode-resource:', language: 'zh', fileName: 'qinghe-2024.txt' });

  it('shows the outline with key figures and finding counts, each linked to its line', () => {
    assert.match(html, /<h1>青禾县司法局关于2024年度法治政府建设情况的报告<\/h1>/);
    assert.match(html, /data-line="2">一、2024年度推进法治政府建设的主要举措和成效<\/a>/);
    assert.match(html, /调解成功率 <b>95\.9%<\/b>/);
    assert.equal((html.match(/<li class="(error|warning|info)">/g) ?? []).length, overview.findings.length);
  });

  it('draws one bar row per top-level section, findings stacked by severity', () => {
    assert.equal((html.match(/<g class="row"/g) ?? []).length, overview.sections.length);
    assert.match(html, /<rect class="bar error"/);
    assert.match(html, /各部分问题分布/);
  });

  it('loads nothing from the network and runs only its own nonce-tagged script', () => {
    assert.doesNotMatch(html, /(src|href)="https?:/);
    assert.match(html, /script-src 'nonce-N0nce'/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="N0nce">/);
  });

  it('follows the theme through its CSS variables only', () => {
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    assert.doesNotMatch(style, /#[0-9a-fA-F]{3,6}\b|rgb\(/, 'no fixed colours');
    assert.match(style, /var\(--vscode-editor-background\)/);
  });

  it('escapes report text', () => {
    const hostile = overviewHtml({ ...overview, title: '<img src=x onerror=alert(1)>' }, { nonce: 'n', cspSource: '', language: 'en', fileName: 'x' });
    assert.match(hostile, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('says so when the file is not a report, and draws figures when there are no findings', () => {
    assert.match(overviewHtml(null, { nonce: 'n', cspSource: '', language: 'en', fileName: 'x' }), /does not read as a report/);
    const clean = overviewHtml({ ...overview, findings: [] }, { nonce: 'n', cspSource: '', language: 'en', fileName: 'x' });
    assert.match(clean, /Figures by section/);
    assert.match(clean, /<rect class="bar figures"/);
  });

  it('writes its whole frame in the one language asked for: 第 N 行 in Chinese, line N in English', () => {
    assert.match(html, /<span class="muted">第 25 行<\/span> <code>rate-mismatch<\/code>/);
    assert.doesNotMatch(html, /Findings by section|Outline<|>line \d| figures</);
    const en = overviewHtml(overviewOf(analysis.model, analysis.findings, 'en'), { nonce: 'N', cspSource: '', language: 'en', fileName: 'q.txt' });
    assert.match(en, /<span class="muted">line 25<\/span>/);
    assert.match(en, /Findings by section/);
    assert.doesNotMatch(en, /\b1 (figures|relations|errors|warnings)\b/, 'one is singular in English');
    assert.match(en, /<span class="badge error">2<\/span> errors/);
  });
});
