import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import {
  AlignmentType, DeletedTextRun, Document, InsertedTextRun, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';
import { formatNumber, MAX_PART_BYTES, placeText, readWordReport, WordRead } from '../../server/src/word/docx';
import { SONGLING_REPORT, wordFile, wordText } from '../helpers/wordDocs';

function ok(r: WordRead): Extract<WordRead, { ok: true }> {
  if (!r.ok) assert.fail(`not read: ${r.problem} (${r.message.en})`);
  return r;
}

const CHANGE = { id: 1, author: '审校', date: '2026-01-10T08:00:00Z' };

describe('Word documents (.docx)', () => {
  it('reads paragraphs in order with the automatic numbering as the reader sees it, and table rows as tab-parted cells', async () => {
    const r = ok(readWordReport(await wordFile()));
    assert.equal(r.text, wordText(SONGLING_REPORT));
    const lines = r.text.split('\n');
    assert.equal(lines[2], '一、主要工作和成效');
    assert.equal(lines[3], '（一）深化行政复议体制改革');
    assert.equal(lines[5], '1. 规范执法监督');
    assert.equal(lines[9], '（二）加强普法宣传', 'the second level counts on under its parent');
    assert.equal(lines[13], '法律援助案件(件)\t300\t312\t104%');
    assert.equal(lines[15], '二、存在的问题', 'the first level continues after a table');
  });

  it('maps every line to its paragraph number and opening words, or its table and row', async () => {
    const r = ok(readWordReport(await wordFile()));
    assert.deepEqual(r.places[4], { kind: 'paragraph', paragraph: 5, opening: '全年共收到行政复议申请1…' });
    assert.equal(placeText(r.places[4], 'zh'), '第5段“全年共收到行政复议申请1…”');
    assert.equal(placeText(r.places[2], 'en'), 'paragraph 3 “一、主要工作和成效”');
    // The header row is paragraphs 13–16 (one per cell); the third row starts at paragraph 21.
    assert.deepEqual(r.places[14], { kind: 'table', paragraph: 21, table: 1, row: 3, opening: '人民调解员培训(人次) …' });
    assert.equal(placeText(r.places[14], 'zh'), '第21段,表格1第3行“人民调解员培训(人次) …”');
    assert.equal(r.places.length, r.text.split('\n').length);
  });

  it('renders list formats, multi-level numbers, restarted instances and circled numbers', async () => {
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'legal',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE },
            { level: 2, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%3', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
            { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.START, suffix: LevelSuffix.TAB },
          ],
        }],
      },
      sections: [{
        children: [
          new Paragraph({ text: '总体要求', numbering: { reference: 'legal', level: 0 } }),
          new Paragraph({ text: '目标', numbering: { reference: 'legal', level: 1 } }),
          new Paragraph({ text: '甲项', numbering: { reference: 'legal', level: 2 } }),
          new Paragraph({ text: '乙项', numbering: { reference: 'legal', level: 2 } }),
          new Paragraph({ text: '细目', numbering: { reference: 'legal', level: 3 } }),
          new Paragraph({ text: '措施', numbering: { reference: 'legal', level: 1 } }),
          new Paragraph({ text: '保障', numbering: { reference: 'legal', level: 0 } }),
          new Paragraph({ text: '分工', numbering: { reference: 'legal', level: 1 } }),
          // Another instance of the list: it starts again at 1.
          new Paragraph({ text: '附则', numbering: { reference: 'legal', level: 0, instance: 2 } }),
        ],
      }],
    });
    const r = ok(readWordReport(await Packer.toBuffer(doc)));
    assert.deepEqual(r.text.split('\n'), ['1.总体要求', '1.1 目标', '①甲项', '②乙项', '（1）细目', '1.2 措施', '2.保障', '2.1 分工', '1.附则']);
  });

  it('numbers headings whose paragraph style carries the numbering, and leaves out a paragraph that turns it off', async () => {
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'styled',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
          ],
        }],
      },
      styles: {
        paragraphStyles: [
          { id: 'ReportHeading1', name: 'Report Heading 1', paragraph: { numbering: { reference: 'styled', level: 0 } } },
          { id: 'ReportHeading2', name: 'Report Heading 2', basedOn: 'ReportHeading1', paragraph: { numbering: { reference: 'styled', level: 1 } } },
        ],
      },
      sections: [{
        children: [
          new Paragraph({ text: '总体情况', style: 'ReportHeading1' }),
          new Paragraph({ text: '组织领导', style: 'ReportHeading2' }),
          new Paragraph({ text: '制度建设', style: 'ReportHeading2' }),
          new Paragraph({ text: '不编号的小标题', style: 'ReportHeading2', numbering: false }),
          new Paragraph({ text: '存在问题', style: 'ReportHeading1' }),
        ],
      }],
    });
    const r = ok(readWordReport(await Packer.toBuffer(doc)));
    assert.deepEqual(r.text.split('\n'), ['一、总体情况', '（一）组织领导', '（二）制度建设', '不编号的小标题', '二、存在问题']);
  });

  it('formats counters as Word does', () => {
    assert.deepEqual([1, 2, 10, 11, 19, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting')), ['一', '二', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    assert.deepEqual([1, 3, 10].map((n) => formatNumber(n, 'ideographTraditional')), ['甲', '丙', '癸']);
    assert.deepEqual([1, 20, 21].map((n) => formatNumber(n, 'decimalEnclosedCircle')), ['①', '⑳', '21']);
    assert.deepEqual([1, 4, 9, 14].map((n) => formatNumber(n, 'upperRoman')), ['I', 'IV', 'IX', 'XIV']);
    assert.deepEqual([1, 26, 27].map((n) => formatNumber(n, 'lowerLetter')), ['a', 'z', 'aa']);
    assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
  });

  it('shows tracked insertions, leaves out deletions and hidden text, and keeps a line break inside a paragraph as a line of it', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun('受理案件'), new DeletedTextRun({ ...CHANGE, text: '120' }), new InsertedTextRun({ ...CHANGE, id: 2, text: '126' }), new TextRun('件。')] }),
          new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
          new Paragraph({ children: [new TextRun('末段'), new TextRun({ text: '(隐藏的批注文字)', vanish: true })] }),
        ],
      }],
    });
    const r = ok(readWordReport(await Packer.toBuffer(doc)));
    assert.deepEqual(r.text.split('\n'), ['受理案件126件。', '第一行', '第二行', '末段']);
    assert.deepEqual(r.places.map((p) => p?.paragraph), [1, 2, 2, 3]);
  });

  it('reads text in every cell of a table, a cell of two paragraphs as one', async () => {
    const doc = new Document({
      sections: [{
        children: [new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('2024年'), new Paragraph('(万元)')] })] }),
          ],
        })],
      }],
    });
    assert.equal(ok(readWordReport(await Packer.toBuffer(doc))).text, '项目\t2024年 (万元)');
  });

  describe('bad input gets a reason, never an exception', () => {
    const ole = (stream: string) => {
      const bytes = Buffer.alloc(2048);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
      Buffer.from(stream, 'utf16le').copy(bytes, 1024);
      return bytes;
    };

    it('an old binary .doc', () => {
      const r = readWordReport(ole('WordDocument'));
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.problem, 'oldFormat');
      assert.match(!r.ok ? r.message.zh : '', /旧版 Word 文档\(\.doc\).*另存为 \.docx/);
    });

    it('a password-protected .docx (an encrypted OLE container)', () => {
      const r = readWordReport(ole('EncryptedPackage'));
      assert.equal(!r.ok && r.problem, 'encrypted');
      assert.match(!r.ok ? r.message.en : '', /password-protected/);
    });

    it('a truncated or corrupt file', async () => {
      const whole = await wordFile();
      for (const bytes of [whole.subarray(0, whole.length >> 1), whole.subarray(0, 100), Buffer.from('PK\u0003\u0004 not a zip at all'), Buffer.from('纯文本,不是 Word 文档')]) {
        const r = readWordReport(bytes);
        assert.equal(!r.ok && r.problem, 'corrupt', `${bytes.length} bytes`);
      }
    });

    it('a package with a damaged document part', () => {
      const bytes = zipSync({ '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'), 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') });
      const r = readWordReport(bytes);
      assert.equal(!r.ok && r.problem, 'corrupt');
    });

    it('a zip bomb: a part that inflates past the limit is not inflated', () => {
      const bytes = zipSync({ 'word/document.xml': new Uint8Array(MAX_PART_BYTES + 1) }, { level: 1 });
      assert.ok(bytes.length < 1024 * 1024, 'a small file');
      const r = readWordReport(bytes);
      assert.equal(!r.ok && r.problem, 'tooLarge');
    });

    it('nesting deep enough to exhaust the stack', () => {
      const depth = 50_000;
      const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${'<w:hyperlink>'.repeat(depth)}<w:r><w:t>深</w:t></w:r>${'</w:hyperlink>'.repeat(depth)}</w:p></w:body></w:document>`;
      const r = readWordReport(zipSync({ 'word/document.xml': strToU8(xml) }));
      assert.equal(!r.ok && r.problem, 'corrupt');
    });

    it('a zip that is not a Word document (a workbook)', () => {
      const r = readWordReport(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
      assert.equal(!r.ok && r.problem, 'notWord');
    });

    it('a document with no text', async () => {
      for (const blocks of [[], [{ text: '' }, { text: '   ' }]]) {
        const r = readWordReport(await wordFile(blocks));
        assert.equal(!r.ok && r.problem, 'empty');
        assert.equal(!r.ok && r.message.zh, '文档中没有文字');
      }
    });
  });
});
