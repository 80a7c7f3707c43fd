/**
 * Percentages whose name stands apart from them, read once figures have their sentences: a `分别`
 * list of rates (`优秀率、合格率分别为18.6%、76.8%`), one figure for several rates, a share of the
 * figure right before it (`完成年度目标任务3.2万人的106.9%`), growths listed after the first, and a
 * share at both ends of a change. Their figures are rewritten with the name each one has.
 */
import type { Figure } from './figures';
import { Span } from './text';
import { CHANGE_TO_WORDS, pattern } from './vocabulary';

const CHANGE_TO_TAIL = pattern([CHANGE_TO_WORDS], 'end');
/** `优秀率、合格率分别为18.6%、76.8%`: names listed before `分别`, then the rates in order. */
const NAMED_RATES = /((?:[\u4e00-\u9fff]{1,12}(?:率|比例|占比|比重)[、和及与]){1,5}[\u4e00-\u9fff]{1,12}(?:率|比例|占比|比重))分别(?:为|是|达到|达|保持在|提高到|提升至)?$/;
/** `报备率、报备及时率均为100%`: several rates given one figure. */
const SHARED_RATE = /([\u4e00-\u9fff]{1,12}(?:率|比例))(?:[、和及与][\u4e00-\u9fff]{1,12}(?:率|比例))+均(?:为|达到|达|是)?$/;
/** `占比由15.8%提高到37.2%`: a share before a change, and the share after it. */
const SHARE_FROM = /(?:占比|比重|占比重)(?:由|从)$/;

/**
 * Percentages whose name stands apart from them: a `分别` list of rates, and a share stated at both
 * ends of a change. Their figures are rewritten with the name each one has.
 */
export function readRateLists(text: string, figures: Figure[], sentences: { span: Span; figures: Figure[] }[]): void {
  for (const sentence of sentences) {
    const list = sentence.figures;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      if (f.quantity.kind !== 'percent') continue;
      const from = Math.max(sentence.span.start, i > 0 ? list[i - 1]!.quantity.span.end : 0, f.quantity.span.start - 80);
      const words = text.slice(from, f.quantity.span.start).trimEnd();
      // Both forms need their word (分别, 均) right before the figure: the patterns are only tried then.
      const named = words.includes('分别') ? NAMED_RATES.exec(words) : null;
      // `报备率、报备及时率均为100%`: one figure for several rates; it is read as the first of them.
      const shared = words.includes('均') ? SHARED_RATE.exec(words) : null;
      if (shared && f.isRate) {
        replaceFigure(figures, list, i, { ...f, label: shared[1]! });
        continue;
      }
      if (named && f.separatorBefore !== '、') {
        const names = named[1]!.split(/[、和及与]/);
        let k = 0;
        for (; k < names.length && i + k < list.length; k++) {
          const p = list[i + k]!;
          if (p.quantity.kind !== 'percent' || (k > 0 && p.separatorBefore !== '、' && !/^[和及]$/.test(between(text, list[i + k - 1]!, p).trim()))) break;
        }
        if (k !== names.length) continue;
        for (let j = 0; j < k; j++) replaceFigure(figures, list, i + j, { ...list[i + j]!, label: names[j]!, isRate: true, growth: undefined, subject: '' });
        i += k - 1;
        continue;
      }
      // `完成年度目标任务3.2万人的106.9%`, `覆盖常住人口（188.9万人）的97.2%`: a share of the figure right before it.
      const prev = list[i - 1];
      // `占全年527件行政处罚决定的32.8%`: after 占, the whole's noun may follow its figure.
      const wholeNoun = prev && /占[^，,。；;、]{0,12}$/.test(prev.cue) && /^[\u4e00-\u9fff]{1,12}的$/.test(between(text, prev, f).trim());
      if (prev && !f.isRate && !f.growth && (prev.quantity.kind === 'count' || prev.quantity.kind === 'amount') && (/^[）)]?\s*的$/.test(between(text, prev, f).trim()) || wholeNoun)) {
        // Named by the clause before the whole, brackets left out: `完成市下达年度任务（2650亩）的108%` is a completion.
        const clauseStart = Math.max(sentence.span.start, i > 1 ? list[i - 2]!.quantity.span.end : 0);
        const name = text.slice(clauseStart, prev.quantity.span.start).replace(/^.*[，,；;：:]/, '').replace(/[（(\s]+$/, '');
        replaceFigure(figures, list, i, { ...f, label: wholeNoun ? `${name || prev.label}${between(text, prev, f).trim()}` : `${name || prev.label}的`, isRate: true, subject: '' });
        continue;
      }
      // `同比分别下降18.2%、22.2%`: the growths listed after the first share its direction.
      if (f.growth && /分别/.test(f.cue)) {
        for (let k = i + 1; k < list.length && list[k]!.quantity.kind === 'percent' && !list[k]!.growth && !list[k]!.isRate && /^[\s、和及]*$/.test(between(text, list[k - 1]!, list[k]!)); k++) {
          replaceFigure(figures, list, k, { ...list[k]!, growth: f.growth, subject: '', label: f.label, averageAnnual: f.averageAnnual });
        }
      }
      const next = list[i + 1];
      if (SHARE_FROM.test(f.cue) && next && next.quantity.kind === 'percent' && CHANGE_TO_TAIL.test(next.cue)) {
        replaceFigure(figures, list, i, { ...f, label: '占比', isRate: true, growth: undefined, subject: '', change: 'from' });
        replaceFigure(figures, list, i + 1, { ...next, label: '占比', isRate: true, growth: undefined, subject: '', change: 'to' });
        i++;
      }
    }
  }
}

function between(text: string, a: Figure, b: Figure): string {
  return text.slice(a.quantity.span.end, b.quantity.span.start);
}

/** Puts `f` in place of the figure it rewrites, in the sentence's list and the report's. */
export function replaceFigure(figures: Figure[], sentenceFigures: Figure[], at: number, f: Figure): void {
  sentenceFigures[at] = f;
  figures[f.index] = f;
}
