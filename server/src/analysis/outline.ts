/**
 * The heading tree as plain data, for the command line's `outline` and for tests.
 */
import { Heading, ReportModel } from './reportModel';

export interface OutlineNode {
  readonly level: number;
  readonly kind: Heading['kind'];
  readonly marker: string;
  readonly title: string;
  /** 1-based line of the heading. */
  readonly line: number;
  /** 1-based line on which the section ends. */
  readonly endLine: number;
  readonly figures: number;
  readonly children: OutlineNode[];
}

/** The outline of a report; `level` is the depth in the tree, 1 for top-level headings. */
export function outlineOf(model: ReportModel): OutlineNode[] {
  const convert = (h: Heading, level: number): OutlineNode => ({
    level,
    kind: h.kind,
    marker: h.marker,
    title: h.title,
    line: h.line + 1,
    endLine: h.sectionEndLine + 1,
    figures: h.figureCount,
    children: h.children.map((c) => convert(c, level + 1)),
  });
  return model.roots.map((h) => convert(h, 1));
}

/** The outline as indented text, one heading per line: `  12  (一) 标题`. */
export function formatOutlineText(nodes: readonly OutlineNode[], maxTitle = 60): string {
  const out: string[] = [];
  const walk = (n: OutlineNode) => {
    const title = n.title.length > maxTitle ? n.title.slice(0, maxTitle) + '…' : n.title;
    out.push(`${String(n.line).padStart(5)}  ${'  '.repeat(n.level - 1)}${n.marker}${title}`);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out.join('\n');
}
