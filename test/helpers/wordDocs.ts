/**
 * Word files made for the tests with the `docx` writer, and the same report as the text a reader
 * sees (what "save as plain text" gives): headings numbered by Word's automatic list numbering
 * (`一、`, `（一）`, `1.`), a table, and deliberate mistakes. The report is made up: 松岭县 and its
 * figures are invented.
 */
import {
  AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';

export type Block =
  | { readonly heading: 0 | 1 | 2; readonly text: string }
  | { readonly text: string }
  | { readonly table: readonly (readonly string[])[] };

/** The report: a title, numbered headings at three levels, body paragraphs and an indicator table. */
export const SONGLING_REPORT: readonly Block[] = [
  { text: '松岭县司法局2025年度法治政府建设情况报告' },
  { text: '2025年,松岭县司法局坚持依法行政,统筹推进执法监督、普法宣传和公共法律服务,现将有关情况报告如下:' },
  { heading: 0, text: '主要工作和成效' },
  { heading: 1, text: '深化行政复议体制改革' },
  // A deliberate mistake: 1180 / 1250 = 94.4%, not 95.4%.
  { text: '全年共收到行政复议申请186件,其中受理172件、不予受理14件。全县调解纠纷1250件,调解成功1180件,调解成功率95.4%。' },
  { heading: 2, text: '规范执法监督' },
  // Another: 3 + 5 + 4 is 12 items, not 13.
  { text: '开展行政执法案卷评查3次、专项督查5次、暗访检查4次,共计13次,发现问题27个,已整改27个。' },
  { heading: 2, text: '推进公共法律服务' },
  { text: '全县建成村(社区)公共法律服务工作室148个,为群众提供法律咨询5229次,办理法律援助案件312件,挽回经济损失5229万元。' },
  { heading: 1, text: '加强普法宣传' },
  { text: '举办“八五”普法讲座200余场次,发放宣传资料约3.6万份,全县法治宣传教育覆盖率达98%以上。' },
  { text: '主要指标完成情况如下:' },
  {
    table: [
      ['指标名称', '年度目标', '完成值', '完成率'],
      ['法律援助案件(件)', '300', '312', '104%'],
      // A deliberate mistake in the table: 138 / 150 = 92%, not 96%.
      ['人民调解员培训(人次)', '150', '138', '96%'],
    ],
  },
  { heading: 0, text: '存在的问题' },
  { text: '基层法治力量仍然薄弱,部分乡镇执法人员数量不足,执法规范化水平有待提高。' },
  { heading: 0, text: '下一步工作打算' },
  { text: '2026年,我局将继续完善行政执法协调监督工作体系,推动法治政府建设再上新台阶。' },
  { text: '松岭县司法局' },
  { text: '2026年1月15日' },
];

const LEVELS = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
  // Word's default suffix, a tab, after an Arabic number.
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.TAB },
] as const;

/** The report as a `.docx`: headings numbered automatically (the numbers are in no run of text). */
export async function wordFile(blocks: readonly Block[] = SONGLING_REPORT): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if ('table' in b) {
      children.push(new Table({
        rows: b.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      }));
    } else if ('heading' in b) {
      children.push(new Paragraph({ children: [new TextRun(b.text)], numbering: { reference: 'report-headings', level: b.heading } }));
    } else children.push(new Paragraph({ children: [new TextRun(b.text)] }));
  }
  const doc = new Document({
    numbering: {
      config: [{ reference: 'report-headings', levels: LEVELS.map((l) => ({ ...l, alignment: AlignmentType.START })) }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The same report as the text a reader sees: one paragraph a line, table cells parted by tabs. */
export function wordText(blocks: readonly Block[] = SONGLING_REPORT): string {
  const counters = [0, 0, 0];
  const lines: string[] = [];
  for (const b of blocks) {
    if ('table' in b) for (const row of b.table) lines.push(row.join('\t'));
    else if ('heading' in b) {
      counters[b.heading]!++;
      for (let k = b.heading + 1; k < counters.length; k++) counters[k] = 0;
      const n = counters[b.heading]!;
      const marker = b.heading === 0 ? `${CHINESE[n]}、` : b.heading === 1 ? `（${CHINESE[n]}）` : `${n}. `;
      lines.push(marker + b.text);
    } else lines.push(b.text);
  }
  return lines.join('\n');
}
