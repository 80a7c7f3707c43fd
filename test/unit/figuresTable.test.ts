import * as assert from 'node:assert/strict';
import { csvCell, figuresCsv, figuresTable } from '../../server/src/presentation/figuresTable';
import { analyzeReport } from '../../server/src/analysis/index';
import { parseCsv } from '../helpers/csv';

function table(text: string) {
  const a = analyzeReport(text, { forceReport: true });
  return figuresTable(a.model, a.findings);
}

describe('figures table', () => {
  it('gives each figure its section path, position, plain value and unit', () => {
    const rows = table('一、总体情况\n（一）财政收支\n全年一般公共预算收入3500千元,支出1.2亿元,比上年提高2.5个百分点。\n');
    assert.deepEqual(rows.map((r) => [r.written, r.value, r.unit, r.line, r.column]), [
      ['3500千元', 3500000, '元', 3, 11],
      ['1.2亿元', 120000000, '元', 3, 20],
      ['2.5个百分点', 2.5, '个百分点', 3, 31],
    ]);
    assert.deepEqual(rows[0]!.section, ['一、总体情况', '（一）财政收支']);
    assert.deepEqual(rows[2]!.roles, ['growth']);
  });

  it('a figure before the first heading has no section; a later section is its own', () => {
    const rows = table('全年受理案件12件。\n一、工作情况\n办结10件。\n二、存在问题\n积压2件。\n');
    assert.deepEqual(rows.map((r) => r.section.join(' › ')), ['', '一、工作情况', '二、存在问题']);
  });

  it('names the roles: a total and its parts, a rate and the findings on it', () => {
    const rows = table('一、复议\n共受理复议案件40件,其中维持25件、撤销9件,调解纠纷200件,调解成功190件,调解成功率96%。\n');
    const by = (w: string) => rows.find((r) => r.written === w)!;
    assert.deepEqual(by('40件').roles, ['count', 'total']);
    assert.deepEqual(by('25件').roles, ['count', 'part']);
    assert.deepEqual(by('96%').roles, ['rate']);
    assert.deepEqual(by('96%').findings.map((f) => f.rule), ['rate-mismatch']);
    assert.equal(by('96%').relations[0]!.agrees, false);
    assert.equal(by('190件').relations.some((r) => /分子/.test(r.text.zh)), true, 'the count feeds the rate');
  });

  it('writes CSV cells a spreadsheet reads back as written and never runs as formulas', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('他说"好"'), '"他说""好"""');
    assert.equal(csvCell('=SUM(A1:A3)'), "'=SUM(A1:A3)");
    assert.equal(csvCell('@cmd'), "'@cmd");
    assert.equal(csvCell('-3.5'), '-3.5', 'a negative number stays a number');
    assert.equal(csvCell(52290000), '52290000');
    const rows = table('一、总体情况\n收入5229万元,增长3.2%。\n');
    const parsed = parseCsv(figuresCsv(rows, 'en'));
    assert.deepEqual(parsed[0], ['section', 'line', 'column', 'as written', 'label', 'value', 'unit', 'qualifier', 'role', 'relations', 'findings']);
    assert.deepEqual(parsed.slice(1).map((r) => [r[3], r[5], r[6], r[8]]), [['5229万元', '52290000', '元', 'amount'], ['3.2%', '3.2', '%', 'growth']]);
  });
});
