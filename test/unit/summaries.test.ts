import * as assert from 'node:assert/strict';
import { analyzeReport } from '../../server/src/analysis/index';
import { describeFigure, figureAt, headingAt, summarizeReport, summarizeSection } from '../../server/src/presentation/summaries';
import { figureMarkdown, reportMarkdown, sectionMarkdown } from '../../server/src/presentation/summaryText';
import { sample } from '../helpers/shared';

const TEXT = [
  '某县司法局关于2024年度法治政府建设情况的报告',
  '2024年,我局扎实推进法治政府建设。',
  '一、主要工作',
  '(一)化解矛盾纠纷。调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。投入经费5229万元,开展活动200余场次。',
  '(二)规范执法。共办理民事公证120件、涉外公证31件,共计151件。',
  '二、下一步打算',
  '某县司法局',
  '2025年1月20日',
].join('\n');

describe('summaries', () => {
  const a = analyzeReport(TEXT);
  const at = (s: string) => TEXT.indexOf(s);

  it('summarises a section: path, size, key figures (rates and totals first), findings', () => {
    const s = summarizeSection(a.model, a.findings, headingAt(a.model, at('化解矛盾纠纷'))!);
    assert.deepEqual(s.path.map((h) => h.marker), ['一、', '(一)']);
    assert.equal(s.subsections, 0);
    assert.equal(s.paragraphs, 1);
    assert.equal(s.figureCount, 5);
    assert.equal(a.model.text.slice(s.keyFigures[0]!.quantity.span.start, s.keyFigures[0]!.quantity.span.end), '95.3%');
    assert.equal(s.findings.length, 1);
    const md = sectionMarkdown(a.model, s, 'zh');
    assert.match(md, /^一、主要工作 › \\\(一\\\)化解矛盾纠纷\n/);
    // A section with no subsections does not say `0 个小节`.
    assert.match(md, /\n1 段 · \d+ 字 · 5 项数据/);
    assert.match(md, /第 4 行 错误 `rate-mismatch`/);
    assert.ok(md.indexOf('rate-mismatch') < md.indexOf('主要数据'), 'findings come before key figures, so that they show without scrolling');
    assert.match(sectionMarkdown(a.model, { ...s, findings: [] }, 'zh'), /开展活动 \*\*200余场次\*\*\(约数\)/);
    assert.match(sectionMarkdown(a.model, s, 'en'), /\n1 paragraph · \d+ characters · 5 figures/);
  });

  it('describes a rate with its arithmetic, and a count with the rate it feeds', () => {
    const rate = describeFigure(a.model, a.findings, figureAt(a.model, at('95.3%'))!);
    assert.equal(rate.relations.length, 1);
    assert.equal(rate.relations[0]!.agrees, false);
    assert.match(rate.relations[0]!.text.zh, /^2204 \/ 2316 = 95\.16%\(文中 95\.3%\)/);
    assert.match(figureMarkdown(a.model, rate, 'en'), /✗ 2204 \/ 2316 = 95\\\.16% \\\(the text says 95\\\.3%\\\)/);
    const count = describeFigure(a.model, a.findings, figureAt(a.model, at('2316件'))!);
    assert.match(count.relations[0]!.text.zh, /成功率 95\.3% 的分母/);
  });

  it('names the later end of a change by the words before the earlier end', () => {
    const text = '一、情况\n海洋经济占地区生产总值的比重由上年的28.4%提高到30.3%,提高1.9个百分点。\n';
    const r = analyzeReport(text, { forceReport: true });
    const later = describeFigure(r.model, r.findings, figureAt(r.model, text.indexOf('30.3%'))!);
    assert.match(figureMarkdown(r.model, later, 'zh'), /^\*\*30\\\.3%\*\* — 海洋经济占地区生产总值的比重\n/);
    const points = describeFigure(r.model, r.findings, figureAt(r.model, text.indexOf('1.9个'))!);
    assert.match(figureMarkdown(r.model, points, 'zh'), /^\*\*1\\\.9个百分点\*\* — 提高\n/, 'a figure with words of its own keeps them');
  });

  it('spells out magnitudes and qualifiers, and shows totals with their parts', () => {
    const money = describeFigure(a.model, a.findings, figureAt(a.model, at('5229万元'))!);
    assert.equal(money.normalized, '52,290,000 元');
    const approx = describeFigure(a.model, a.findings, figureAt(a.model, at('200余场次'))!);
    assert.equal(approx.qualifier?.zh, '多于此数(约数)');
    const total = describeFigure(a.model, a.findings, figureAt(a.model, at('151件'))!);
    assert.deepEqual(total.relations.map((r) => [r.text.zh, r.agrees]), [['分项合计(共计):120 + 31 = 151(文中合计 151)', true]]);
  });

  it('names the cue of a 其中 breakdown once', () => {
    const text = '一、情况\n全县规模以上工业企业达到498家,其中新材料企业253家、智能装备企业187家、食品加工企业79家。\n';
    const m = analyzeReport(text, { forceReport: true });
    const total = describeFigure(m.model, m.findings, figureAt(m.model, text.indexOf('498家'))!);
    assert.deepEqual(total.relations.map((r) => r.text.zh), ['其中:253 + 187 + 79 = 519(总数 498)']);
  });

  it('gives the report at a glance: title, year, issuer, sections, figures, findings', () => {
    const r = summarizeReport(a.model, a.findings);
    assert.equal(r.year, 2024);
    assert.equal(r.issuer, '某县司法局');
    assert.deepEqual(r.sections.map((s) => s.heading.marker), ['一、', '二、']);
    assert.deepEqual(r.findingsBySeverity, { error: 1, warning: 0, info: 0 });
    assert.match(reportMarkdown(r, 'zh'), /- 发文单位:某县司法局\n/);
    assert.match(reportMarkdown(r, 'en'), /Findings: 1 error\(s\), 0 warning\(s\), 0 info/);
  });

  it('finds the issuer in the title when there is no sign-off', () => {
    const m = analyzeReport(sample('qinghe-2024.txt').split('\n').slice(0, -2).join('\n'));
    assert.equal(summarizeReport(m.model, m.findings).issuer, '青禾县司法局');
  });

  it('escapes report text in Markdown: a label cannot become HTML or emphasis', () => {
    const text = '一、主要工作\n(一)化解纠纷。<img src=x>*调解*成功2204件,受理2316件。\n';
    const m = analyzeReport(text, { forceReport: true });
    const section = sectionMarkdown(m.model, summarizeSection(m.model, m.findings, m.model.headings[0]!), 'zh');
    const unescapedTag = /(^|[^\\])</m;
    assert.ok(!unescapedTag.test(section), section);
    assert.ok(section.includes('\\<img src=x\\>\\*调解\\*成功 **2204件**'), section);
    const summary = reportMarkdown(summarizeReport(m.model, m.findings), 'zh');
    assert.ok(!unescapedTag.test(summary), summary);
  });

  it('counts a section of inline items as its items, not as 0 subsections', () => {
    const text = '一、主要工作\n(一)强化保障。一是健全机制。二是压实责任。三是强化考核。\n';
    const m = analyzeReport(text, { forceReport: true });
    const s = summarizeSection(m.model, m.findings, headingAt(m.model, text.indexOf('强化保障'))!);
    assert.equal(s.items, 3);
    const md = sectionMarkdown(m.model, s, 'zh');
    assert.match(md, /\n3 个并列项 · 1 段/);
    assert.ok(!md.includes('0 个小节'), md);
    assert.match(sectionMarkdown(m.model, s, 'en'), /\n3 list items · 1 paragraph/);
  });

  it('shows a key figure only with what it counts: no bare growth, verb or blank label', () => {
    const text = '一、主要工作\n全年办理案件183件,同比增长62%。组织全县22名干部参训。提升11%。\n';
    const m = analyzeReport(text, { forceReport: true });
    const s = summarizeSection(m.model, m.findings, m.model.headings[0]!);
    const shown = s.keyFigures.map((f) => `${f.label}|${text.slice(f.quantity.span.start, f.quantity.span.end)}`);
    assert.deepEqual(shown, ['办理案件|183件'], shown.join(' ; '));
    assert.equal(s.figureCount, 4, 'the others are still counted');
  });

  it('shows key figures of the period the section speaks of, not last year\'s', () => {
    const text = '一、主要工作\n服务业增加值占地区生产总值的比重由上年的51.2%提高到52.6%,受理案件183件,较上年的151件增长21.2%。\n';
    const m = analyzeReport(text, { forceReport: true });
    const s = summarizeSection(m.model, m.findings, m.model.headings[0]!);
    const shown = s.keyFigures.map((f) => text.slice(f.quantity.span.start, f.quantity.span.end));
    assert.ok(shown.includes('183件'), shown.join(' ; '));
    assert.ok(!shown.includes('51.2%') && !shown.includes('151件'), shown.join(' ; '));
  });

  it('shows a rate of concluding over the intake of the sentence before and what its own sentence adds to it (加上上年结转…)', () => {
    const text = '全年收到复议申请512件。依法受理468件,不予受理44件。加上上年结转37件,全年审结462件,结案率91.5%。\n';
    const a = analyzeReport(text);
    const rate = describeFigure(a.model, a.findings, figureAt(a.model, text.indexOf('91.5%'))!);
    assert.match(figureMarkdown(a.model, rate, 'zh').replace(/\\/g, ''), /✓ 462 \/ \(468 \+ 37\) = 91\.49%/);
  });
});
