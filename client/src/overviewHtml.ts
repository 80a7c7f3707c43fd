/**
 * The overview view's HTML: the outline with key figures and finding counts, a bar chart of
 * findings (or, in a clean report, figures) per top-level section, and the list of findings.
 * Pure (no VS Code import) so that it can be tested and rendered headless. It uses only the
 * theme's CSS variables, so it follows light, dark and high-contrast themes, and loads nothing
 * from the network: the script is inline, allowed by a nonce.
 */
import type { Overview, OverviewSection } from '../../server/src/presentation/overview';

export interface OverviewHtmlOptions {
  readonly nonce: string;
  /** The webview's CSP source; empty in a headless rendering. */
  readonly cspSource: string;
  readonly language: 'zh' | 'en';
  readonly fileName: string;
}

const T = {
  zh: {
    title: '报告概览', figures: '项数据', checked: '处数字关系已核对', errors: '错误', warnings: '警告', infos: '提示', outline: '结构', chart: '各部分问题分布',
    chartFigures: '各部分数据数量', findings: '问题', none: '没有发现问题。', notReport: '这个文件不像一份报告。', issuer: '发文单位', year: '年份',
  },
  en: {
    title: 'Report overview', figures: 'figures', checked: 'relations checked', errors: 'errors', warnings: 'warnings', infos: 'info', outline: 'Outline', chart: 'Findings by section',
    chartFigures: 'Figures by section', findings: 'Findings', none: 'No findings.', notReport: 'This file does not read as a report.', issuer: 'Issued by', year: 'Year',
  },
};

/** `1 figure`, `2 figures`: English words in the singular for one (Chinese has no plural). */
function count(n: number, word: string, t: (typeof T)['zh']): string {
  return t === T.en && n === 1 ? `${n} ${SINGULAR[word] ?? word}` : `${n} ${word}`;
}
const SINGULAR: Record<string, string> = { figures: 'figure', 'relations checked': 'relation checked', errors: 'error', warnings: 'warning' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function counts(s: OverviewSection, t: (typeof T)['zh']): string {
  const parts: string[] = [];
  if (s.findings.error) parts.push(`<span class="badge error" title="${t.errors}">${s.findings.error}</span>`);
  if (s.findings.warning) parts.push(`<span class="badge warning" title="${t.warnings}">${s.findings.warning}</span>`);
  if (s.findings.info) parts.push(`<span class="badge info" title="${t.infos}">${s.findings.info}</span>`);
  return parts.join('');
}

function sectionHtml(s: OverviewSection, t: (typeof T)['zh'], depth: number): string {
  const figures = s.keyFigures
    .map((f) => `<li><a href="#" data-line="${f.line}">${escapeHtml(f.label)} <b>${escapeHtml(f.text)}</b></a>${f.approximate ? ' <span class="muted">≈</span>' : ''}</li>`)
    .join('');
  return `<li class="section depth-${depth}">
  <div class="heading"><a href="#" data-line="${s.line}">${escapeHtml(s.marker + s.title)}</a> <span class="muted">${count(s.figureCount, t.figures, t)}${s.relations && s.relations.checked ? ` · ${count(s.relations.checked, t.checked, t)}` : ''}</span> ${counts(s, t)}</div>
  ${figures ? `<ul class="figures">${figures}</ul>` : ''}
  ${s.children.length ? `<ul class="sections">${s.children.map((c) => sectionHtml(c, t, depth + 1)).join('')}</ul>` : ''}
</li>`;
}

/** Horizontal bars, one per top-level section: findings stacked by severity, or figures when there are none. */
function chartSvg(o: Overview, t: (typeof T)['zh']): string {
  const sections = o.sections;
  if (sections.length === 0) return '';
  const byFindings = o.findings.length > 0;
  const value = (s: OverviewSection) => (byFindings ? s.findings.error + s.findings.warning + s.findings.info : s.figureCount);
  // A reduce, not Math.max(...): spreading an array of every section overflows the stack on a huge paste.
  const max = sections.reduce((m, s) => Math.max(m, value(s)), 1);
  const rowH = 22;
  const labelW = 150;
  const barW = 220;
  const rows = sections
    .map((s, i) => {
      const y = i * rowH;
      const label = escapeHtml((s.marker + s.title).slice(0, 12) + ((s.marker + s.title).length > 12 ? '…' : ''));
      let x = labelW;
      const segments = byFindings
        ? (['error', 'warning', 'info'] as const)
            .map((k) => {
              const w = (s.findings[k] / max) * barW;
              const rect = w > 0 ? `<rect class="bar ${k}" x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}"><title>${s.findings[k]}</title></rect>` : '';
              x += w;
              return rect;
            })
            .join('')
        : `<rect class="bar figures" x="${labelW}" y="${y + 4}" width="${((s.figureCount / max) * barW).toFixed(1)}" height="${rowH - 8}"></rect>`;
      return `<g class="row" data-line="${s.line}"><text x="0" y="${y + rowH - 7}">${label}</text>${segments}<text class="value" x="${labelW + barW + 6}" y="${y + rowH - 7}">${value(s)}</text></g>`;
    })
    .join('');
  return `<figure><figcaption>${byFindings ? t.chart : t.chartFigures}</figcaption><svg role="img" width="${labelW + barW + 40}" height="${sections.length * rowH}" viewBox="0 0 ${labelW + barW + 40} ${sections.length * rowH}">${rows}</svg></figure>`;
}

export function overviewHtml(o: Overview | null, opts: OverviewHtmlOptions): string {
  const t = T[opts.language];
  const csp = `default-src 'none'; style-src 'unsafe-inline' ${opts.cspSource}; script-src 'nonce-${opts.nonce}';`;
  let body: string;
  if (!o) body = `<p>${t.notReport}</p>`;
  else {
    const facts = [
      o.year ? `${t.year}: ${o.year}` : '',
      o.issuer ? `${t.issuer}: ${escapeHtml(o.issuer)}` : '',
      count(o.figureCount, t.figures, t),
      `<span class="badge error">${o.findingCounts.error}</span> ${count(o.findingCounts.error, t.errors, t).replace(/^\d+ /, '')} <span class="badge warning">${o.findingCounts.warning}</span> ${count(o.findingCounts.warning, t.warnings, t).replace(/^\d+ /, '')} <span class="badge info">${o.findingCounts.info}</span> ${t.infos}`,
    ].filter(Boolean);
    const findings = o.findings.length
      ? `<ol class="findings">${o.findings
          .map((f) => `<li class="${f.severity}"><a href="#" data-line="${f.line}" data-character="${f.character}"><span class="muted">${opts.language === 'zh' ? `第 ${f.line + 1} 行` : `line ${f.line + 1}`}</span> <code>${escapeHtml(f.rule)}</code> ${escapeHtml(f.message)}</a></li>`)
          .join('')}</ol>`
      : `<p>${t.none}</p>`;
    body = `<h1>${escapeHtml(o.title ?? opts.fileName)}</h1>
<p class="facts">${facts.join(' · ')}</p>
${chartSvg(o, t)}
<h2>${t.outline}</h2>
<ul class="sections">${o.sections.map((s) => sectionHtml(s, t, 1)).join('')}</ul>
<h2>${t.findings}</h2>
${findings}`;
  }
  return `<!DOCTYPE html>
<html lang="${opts.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${t.title}</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; line-height: 1.5; }
  h1 { font-size: 1.3em; margin: 16px 0 4px; }
  h2 { font-size: 1.1em; margin: 20px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover, a:focus { text-decoration: underline; outline: none; }
  a:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  .muted { color: var(--vscode-descriptionForeground); }
  .facts { margin: 0 0 8px; }
  ul { list-style: none; padding-left: 14px; margin: 2px 0; }
  ul.sections > li.depth-1 { margin-top: 6px; }
  ul.figures { padding-left: 18px; font-size: 0.95em; }
  ul.figures li::before { content: '· '; color: var(--vscode-descriptionForeground); }
  .badge { display: inline-block; min-width: 1.4em; padding: 0 4px; border-radius: 8px; text-align: center; font-size: 0.85em; color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); }
  .badge.error { background: var(--vscode-editorError-foreground); color: var(--vscode-editor-background); }
  .badge.warning { background: var(--vscode-editorWarning-foreground); color: var(--vscode-editor-background); }
  .badge.info { background: var(--vscode-editorInfo-foreground); color: var(--vscode-editor-background); }
  ol.findings { padding-left: 20px; }
  ol.findings li.error::marker { color: var(--vscode-editorError-foreground); }
  ol.findings li.warning::marker { color: var(--vscode-editorWarning-foreground); }
  ol.findings li.info::marker { color: var(--vscode-editorInfo-foreground); }
  ol.findings a { color: var(--vscode-foreground); }
  code { font-family: var(--vscode-editor-font-family); color: var(--vscode-textPreformat-foreground); }
  figure { margin: 12px 0; }
  figcaption { color: var(--vscode-descriptionForeground); margin-bottom: 4px; }
  svg text { fill: var(--vscode-foreground); font-size: 12px; font-family: var(--vscode-font-family); }
  svg .row { cursor: pointer; }
  svg .bar.error { fill: var(--vscode-editorError-foreground); }
  svg .bar.warning { fill: var(--vscode-editorWarning-foreground); }
  svg .bar.info { fill: var(--vscode-editorInfo-foreground); }
  svg .bar.figures { fill: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); }
  svg .bar { stroke: var(--vscode-contrastBorder, none); }
</style>
</head>
<body>
${body}
<script nonce="${opts.nonce}">
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    event.preventDefault();
    const line = Number(target.getAttribute('data-line'));
    const character = Number(target.getAttribute('data-character') || 0);
    if (vscode) vscode.postMessage({ type: 'reveal', line, character });
  });
</script>
</body>
</html>`;
}
