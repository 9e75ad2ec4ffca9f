// Deterministic benchmark inputs: a Chinese product description, a dictionary of banned-word-like
// terms, and titles, built from the shipped lexicons with a seeded generator (same input every run).
import { bannedEntries, categoryLexicons } from '../../lib/lexicon/index';

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Common characters of product copy that are in no dictionary term most of the time.
const FILLER = '的了和是在有我这个们中来上大为以到说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵';

export function description(length: number, terms: readonly string[], seed = 1): string {
  const next = rng(seed);
  let text = '';
  while (text.length < length) {
    // About one dictionary term per 60 characters, as in real copy.
    text += next() < 0.02 ? terms[Math.floor(next() * terms.length)]! : FILLER[Math.floor(next() * FILLER.length)]!;
  }
  return text.slice(0, length);
}

/** `size` dictionary terms: the shipped banned words and title words, then synthetic two/three-character terms. */
export function dictionary(size: number, seed = 2): string[] {
  const terms = new Set<string>(bannedEntries.map((e) => e.term));
  for (const lexicon of categoryLexicons) for (const w of [...lexicon.core, ...lexicon.attribute]) if (terms.size < size) terms.add(w);
  const next = rng(seed);
  while (terms.size < size) {
    const n = 2 + Math.floor(next() * 2);
    let t = '';
    for (let i = 0; i < n; i++) t += FILLER[Math.floor(next() * FILLER.length)]!;
    terms.add(t);
  }
  return [...terms].slice(0, size);
}

export function titles(count: number, seed = 3): string[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const banned = bannedEntries.map((e) => e.term);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const lexicon = pick(categoryLexicons);
    let title = pick(lexicon.attribute) + pick(lexicon.core);
    while (title.length < 22) title += next() < 0.08 ? pick(banned) : pick(next() < 0.6 ? lexicon.attribute : lexicon.scene);
    out.push(title.slice(0, 30));
  }
  return out;
}
