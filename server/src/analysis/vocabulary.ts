/**
 * The words the analysis reads figures by, in one place. Every check, relation and hover takes its
 * word sets from here, so that `回落` cannot be a decrease in one module and not in another; the
 * tests of this file state how the sets relate (no word both an increase and a decrease, every
 * change verb a growth word, …).
 *
 * Each set is a list of words; `pattern` builds the regular expression a module needs from one or
 * more sets, longest word first so that `上年同期` wins over `上年`.
 */

/** Words that state a total: `共计1224项`, `合计68件`. (`累计` is kept apart: it may sum over years.) */
export const TOTAL_CUES = ['共计', '合计', '总计', '总共', '一共', '共有', '共'] as const;

/** A total summed over time (`累计完成`, `五年累计`): another period than the year's figures. */
export const CUMULATIVE_CUES = ['累计', '五年来', '五年', '历年'] as const;

/**
 * A stock standing at a date (`现行有效的市政府规章共29件`, `现有养老机构26家`, `调整后…共计4368项`):
 * not the sum of the year's changes listed before it (`修改政府规章1件、废止1件`).
 */
export const STOCK_WORDS = ['现行有效', '现有', '现存', '保有量', '存量', '在册', '在库', '年末', '调整后', '清理后', '精简后', '压减后', '整合后', '修订后', '修改后', '修正后', '变更后', '合并后', '优化后'] as const;

/**
 * Words that hold a character of a conjunction (和, 及, 与) without joining anything: `公众参与` is
 * one item of a list, not two.
 */
export const WORDS_WITH_CONJUNCTION_CHARACTERS = ['参与', '给与', '与会', '和谐', '和平', '和美', '和睦', '调和', '温和', '祥和', '共和', '和解', '及时', '及早', '普及', '涉及', '危及', '触及', '波及', '惠及'] as const;

/**
 * Nouns of a kind of rule or arrangement whose members a list names one by one (`公众参与、专家论证、
 * 风险评估、合法性审查四项法定程序`, `甲、乙、丙三项制度`): the items are the things counted.
 */
export const ENUMERATED_KINDS = ['程序', '制度', '机制', '原则', '清单', '环节', '举措', '措施', '模式', '标准', '规定', '要求', '职能', '权限', '责任', '领域', '方面'] as const;

/** Words that open an exhaustive breakdown of the figure before them: `共T件,分别为A件、B件`. */
export const BREAKDOWN_CUES = ['分别为', '分别是', '分别有', '分别达', '包括', '包含', '具体为', '具体是', '涵盖'] as const;

/** Words that single parts out of a total without claiming they are all of it: `其中企业410万户`. */
export const PART_CUES = ['其中', '内含', '含'] as const;

/** Words that make a list open-ended (`A、B等3项` may leave some out): a list with them is not exhaustive. */
export const OPEN_LIST_WORDS = ['等', '若干', '一批'] as const;

/** The previous period, against which growth and changes are stated. */
export const PRIOR_PERIOD_WORDS = ['上年同期', '去年同期', '上年', '去年', '上一年', '同期', '前一年', '基期', '末'] as const;

/** Words that compare with another figure: `较上年`, `比去年`, `同比`. */
export const COMPARISON_WORDS = ['同比', '环比', '较', '比'] as const;

/** Verbs and nouns of an increase. */
export const INCREASE_WORDS = ['增长', '增加', '上升', '提高', '提升', '增幅', '增速', '扩大', '扩展', '多出', '上涨', '攀升', '翻番'] as const;

/** Verbs and nouns of a decrease. */
export const DECREASE_WORDS = ['下降', '减少', '降低', '回落', '下滑', '降幅', '压减', '缩减', '削减', '精简', '压降', '减量', '缩小', '下调', '缩短', '压缩'] as const;

/** A change to a new level: `增至2310万辆`, `压减至260项`, `由A提高到B`. */
export const CHANGE_TO_WORDS = ['增至', '增加到', '增加至', '增长到', '增长至', '提高到', '提高至', '提升至', '提升到', '上升至', '上升到', '扩大到', '扩大至', '降至', '降到', '下降至', '下降到', '减少到', '减少至', '压减至', '压减到', '缩减至', '缩减到', '精简至', '精简到', '压降至', '降低至', '降低到', '缩小至', '缩小到', '缩短至', '缩短到', '压缩至', '压缩到', '精简为', '压减为', '缩减为', '压缩为', '减少为', '降为', '扩展到', '扩展至', '调整为', '调整至', '调整到', '整合为', '合并为'] as const;

/** Verbs of a change to a level that say no direction: `由26户调整为22户`. */
export const NEUTRAL_CHANGE_TO_WORDS = ['调整为', '调整至', '调整到', '整合为', '合并为'] as const;

/** What a percentage is named by when it is a rate or a share. */
export const RATE_SUFFIXES = ['百分比', '占比', '比重', '比例', '率'] as const;

/** Modifiers in front of a rate's name that do not change what it measures: `直接纠错率` is a 纠错率. */
export const RATE_MODIFIERS = ['直接', '总体', '综合', '平均', '整体', '全年', '累计', '一审', '二审', '行政'] as const;

/** Negations: a count labelled with one is the complement of a rate (`不合格…` for `合格率`). */
export const NEGATIONS = ['不', '未', '非', '无'] as const;

/** What should have happened (`应出庭64件`) against what did (`实际出庭64件`): the base and the part of a rate. */
export const OUGHT_WORDS = ['应当', '应'] as const;
export const ACTUAL_WORDS = ['实际', '实有', '实'] as const;

/** Every one of them: `共25件,均经过审核` — a rate of them must be 100%. */
export const ALL_OF_THEM = ['均', '全部', '全都', '悉数', '一律'] as const;

/** Plans and targets: a figure with these speaks of the future, not of what was done. */
export const PLAN_WORDS = ['力争', '预计', '计划', '目标', '争取', '确保', '拟', '预期', '到2030年', '到2035年'] as const;

/** Words in the title of a part or section about the future. */
export const PLAN_TITLE_WORDS = ['工作安排', '工作打算', '工作计划', '工作思路', '目标任务', '主要任务', '重点工作', '重点任务', '下一步', '展望', '今后', '今年', '十五五', '建议', '主要考虑', '目标'] as const;

/** Words in the title of a part or section about the past. */
export const REVIEW_TITLE_WORDS = ['回顾', '成效', '成绩', '进展', '完成情况', '工作情况', '主要做法', '取得', '过去', '十四五', '总结'] as const;

/** Words in the title of a part about problems. */
export const PROBLEM_TITLE_WORDS = ['问题', '不足', '短板', '困难', '挑战'] as const;

/** Parts that number their items afresh and are not about the report's own work. */
export const GLOSSARY_TITLES = ['名词解释', '名词注释', '注释', '指标说明', '词语解释', '术语解释', '说明'] as const;
export const APPENDIX_TITLES = ['附件', '附表', '附录', '附'] as const;

/**
 * Indicators grown at constant prices (按可比价格): their growth is real, so the nominal figures a
 * report states beside them need not give it (`生产总值3260亿元、增长5.8%`).
 */
export const CONSTANT_PRICE_INDICATORS = ['地区生产总值', '生产总值', 'GDP', '增加值', '经济总量', '经济增长', '实际增长', '可比价'] as const;

/** Growth averaged over years: not the change from the first figure to the last. */
export const AVERAGE_ANNUAL_WORDS = ['年均', '年平均', '平均每年', '每年平均'] as const;

/** A figure per head or per unit (`每千人6.6批次`, `人均`): a ratio, never a total or a part of one. */
export const PER_UNIT_WORDS = ['每千人', '每万人', '每十万人', '每百人', '每百户', '每平方公里', '每万', '每千', '每百', '人均', '户均', '每人', '每户', '每个', '每年', '平均', '年均', '月均', '日均'] as const;

/** Words that make a figure new this year (`新增`, `新建`): an increment, not the stock. */
export const INCREMENT_WORDS = ['新增', '净增', '新建', '新开工', '新设', '新登记', '新认定', '新培育', '新引进', '新招', '新收', '新录用', '新发展', '新入选', '新获批'] as const;

/** How or when a thing was done (`按期办结率`): a rate so qualified counts only those so done. */
export const MANNER_WORDS = ['按期', '按时', '及时', '限时', '准时', '当场', '当日', '当天', '即时', '提前', '超期', '逾期', '一次性'] as const;

/**
 * Names that hold an enumeration comma themselves: the sections of the national industry
 * classification (`信息传输、软件和信息技术服务业` is one industry, not two items of a list).
 */
export const NAMES_WITH_ENUMERATION_COMMA = [
  '农、林、牧、渔业', '电力、热力、燃气及水生产和供应业', '交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业',
  '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '文化、体育和娱乐业', '公共管理、社会保障和社会组织',
] as const;

/** Work carried over from an earlier period (`上年结转318件`), which adds to the year's intake. */
export const CARRIED_OVER_WORDS = ['结转', '遗留', '积存', '旧存', '未结'] as const;

/** Cases concluded (审结, 办结): the base of the outcome rates of cases. */
export const CONCLUDED_WORDS = ['审结', '办结', '执结', '结案', '审理终结', '作出决定', '作出复议决定'] as const;

/**
 * What may happen to things just counted, each a subset of them: `清理52件…废止11件`, `委派3870件,
 * 成功调解2216件`, `提出建议395条,被采纳380条`. (Not `办结`, `结案`, `竣工`, `整改`, `化解`: they may include cases, projects and problems carried over.)
 */
export const OUTCOME_VERBS = ['废止', '修改', '修订', '保留', '宣布失效', '采纳', '通过', '合格', '达标', '成功调解', '调解成功', '成功', '属实', '查实', '获批', '入选', '录用', '满意'] as const;

/**
 * What closes a matter raised or assigned (`派单办结率`, `问题解决率`, `差评整改率`): in a rate's name,
 * the words before it name the base, not what the rate counts. (Not `覆盖`: in `森林覆盖率` the words
 * before it name what covers.)
 */
export const RESOLUTION_VERBS = ['化解', '解决', '完成', '销号', '办复', '答复', '整改', '处置', '回复', '反馈'] as const;

/**
 * What is done with a resource (`见习岗位使用率`, `床位利用率`): the words before it name the resource,
 * the base, not what the rate counts (`募集见习岗位3260个` is no numerator of 见习岗位使用率).
 */
export const USAGE_VERBS = ['使用', '利用', '入住', '出租'] as const;

/** Outcome rates of concluded cases: 胜诉率, 纠错率… are shares of the cases decided. */
export const CASE_OUTCOMES = ['胜诉', '败诉', '纠错', '维持', '撤销', '驳回', '改判', '发回', '确认违法', '调撤'] as const;

/**
 * Rates that may pass 100%: growth, plans and budgets, utilisation, gross ratios (毛入学率), and
 * ratios of an end to a start or of output to need (国有资产保值增值率, 产销率, 粮食自给率, 偿付能力).
 */
export const MAY_EXCEED_100 = ['毛', '增长', '增速', '增幅', '完成', '达成', '执行', '使用', '利用', '周转', '回报', '收益', '溢价', '超额', '提升', '提高', '同比', '环比', '计划', '预算', '投资', '负债', '增值', '保值', '产销', '自给', '偿付'] as const;

/** Rates measured against a base the text does not state: the whole less the part (`溢价率`). */
export const RELATIVE_TO_BASE = ['溢价', '增长', '增幅', '上涨', '提高', '节约', '节省', '超额', '下浮', '优惠', '压减', '精简', '减少', '下降', '降低', '缩减', '削减', '压降', '压缩', '缩短'] as const;

/** Scope words: `全省`, `全市`. A label with another scope than its restatement speaks of another whole. */
export const SCOPE_WORDS = ['全省', '全市', '全区', '全县', '全镇', '全乡', '全州', '全盟', '全国', '全局', '全系统', '全行业', '省级', '市级', '县级', '区级', '省内', '市内', '区内'] as const;

/** Measure words of discrete things: a whole number of them exists, so a GRIM test applies. */
export const DISCRETE_UNITS = ['件', '人', '名', '宗', '起', '例', '个', '家', '户', '项', '次', '人次', '场', '场次', '批次', '所', '条', '份', '部', '篇', '本', '卷', '处', '座', '台', '辆', '套', '支', '位', '只', '头', '艘', '架', '列', '张', '册', '首'] as const;

/** Measure words that name the same thing: `名` and `人` both count people. */
export const SAME_UNITS: readonly (readonly string[])[] = [['人', '名'], ['件', '宗'], ['公里', '千米']];

/**
 * Attributes of people that cut across each other: `其中女职工3000人,少数民族职工800人` may count
 * some people twice, so such parts are compared with their total one by one, never summed.
 */
/**
 * Attributes of one dimension that sort people one way only: a list naming each once (`博士26人、硕士218人、
 * 其他本科及以上人才1616人`, `男职工…、女职工…`) does not overlap, whatever CROSSCUTTING_ATTRIBUTES says.
 */
export const SINGLE_DIMENSIONS: readonly (readonly string[])[] = [
  ['男', '女'],
  ['博士', '硕士', '本科', '大专'],
];

export const CROSSCUTTING_ATTRIBUTES = ['女', '男', '妇女', '少数民族', '党员', '青年', '岁以下', '岁以上', '退役军人', '残疾', '研究生', '博士', '硕士', '本科', '大专', '高学历', '专业技术', '农民工', '高校毕业生', '脱贫'] as const;

/**
 * Totals that are the sum of exactly the parts their name joins: `进出口` is `出口` and `进口`.
 * A breakdown of one into those parts must add up.
 */
export const COMPOUND_TOTALS: readonly { readonly total: string; readonly parts: readonly string[] }[] = [
  { total: '进出口', parts: ['出口', '进口'] },
  { total: '存贷款', parts: ['存款', '贷款'] },
];

/** A regular expression matching any word of the sets, longest first, with optional anchors. */
export function pattern(sets: readonly (readonly string[])[], anchor: '' | 'start' | 'end' | 'whole' = ''): RegExp {
  const words = [...new Set(sets.flat())].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const body = `(?:${words.join('|')})`;
  return new RegExp(anchor === 'start' ? `^${body}` : anchor === 'end' ? `${body}$` : anchor === 'whole' ? `^${body}$` : body);
}

/**
 * A class of the first characters of the sets' words: text without any of them mentions none of
 * the words. Scanning for one character class is much faster than for an alternation of words, so
 * hot loops test this first.
 */
export function firstCharacters(sets: readonly (readonly string[])[]): RegExp {
  const chars = [...new Set(sets.flat().map((w) => w[0]!))].map(escapeRegExp).join('');
  return new RegExp(`[${chars}]`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` contains any word of the sets. */
export function mentions(text: string, ...sets: readonly (readonly string[])[]): boolean {
  for (const set of sets) for (const w of set) if (text.includes(w)) return true;
  return false;
}

/** The unit a measure word is counted in: `名` counts `人`. */
export function canonicalUnit(unit: string): string {
  return CANONICAL_UNITS.get(unit) ?? unit;
}
const CANONICAL_UNITS: ReadonlyMap<string, string> = new Map(SAME_UNITS.flatMap((group) => group.map((u) => [u, group[0]!] as const)));
