import { testRule } from '../engine/test-rule';
import rule from './banned-word';

testRule(rule, {
  valid: [
    '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套',
    // Exemptions from SAMR's 2023 guideline: time/order words, usage tips.
    '最新款连衣裙 第一时间发货',
    '坚果礼盒 最佳食用期内发货',
    { input: '最好的面料 我的品牌', words: { allowed: ['最好的面料'] }, name: 'the seller allow-lists a phrase' },
  ],
  invalid: [
    { input: '最好的防晒衣', findings: [{ messageId: 'banned', severity: 'error', start: 0, end: 2, text: '最好', category: 'absolute' }] },
    { input: '防晒衣最 好', findings: [{ start: 3, end: 6, text: '最 好' }], name: 'a space inserted between the characters' },
    { input: '防晒衣最-佳', findings: [{ start: 3, end: 6, text: '最-佳' }], name: 'a hyphen inserted' },
    { input: '防晒衣最\u200b佳', findings: [{ start: 3, end: 6, text: '最\u200b佳' }], name: 'a zero-width space inserted' },
    { input: '全店ＮＯ．１', findings: [{ start: 2, end: 6, text: 'ＮＯ．１' }], name: 'full-width letters and digits' },
    { input: '全店no.1', findings: [{ text: 'no.1' }], name: 'lower case' },
    { input: '第①名', findings: [{ text: '第①', start: 0, end: 2 }], name: 'a circled digit' },
    { input: '最新面料防晒衣', findings: [{ messageId: 'needsProof', severity: 'warn', text: '最新' }] },
    { input: '防晒衣 我的词', words: { banned: ['我的词'] }, findings: [{ category: 'user', text: '我的词' }], name: 'the seller adds a word' },
  ],
});

testRule(rule, {
  valid: ['防晒衣 款号No.12', '第10代防晒衣', 'Bestseller防晒衣'],
  invalid: [
    { input: '全网TOP1防晒衣', findings: [{ text: 'TOP1' }], name: 'a digit term at a word edge' },
    { input: 'NO.1防晒衣', findings: [{ text: 'NO.1' }] },
  ],
});

// A term is a word of the title (issue #15): no match that begins or ends inside another word, and a
// space between two words is a boundary; separators inside one term are still evasion (above).
testRule(rule, {
  valid: [
    { input: '卡通便签纸 可爱', name: '通便 across 卡通|便签纸' },
    { input: '学生发热鞋垫', name: '生发 across 学生|发热' },
    { input: '广博 彩色文件夹', name: '博彩 across a space between two words' },
    { input: '护卡膜100张/包 过塑膜', name: '包过 across a space, ending inside 过塑膜' },
    { input: '修护眼霜 保湿', name: '护眼 across 修护|眼霜' },
    { input: '第一卷 小说', name: 'a sequence (第一卷) is not a ranking' },
    { input: '诚信第一 茶叶', name: 'a business motto does not describe the goods (指南 第五条)' },
  ],
  invalid: [
    { input: '全网最好的', findings: [{ text: '最好', start: 2, end: 4 }], name: 'a word the segmenter joins to a particle (最好的) still holds the term' },
    { input: '防脱发洗发水', findings: [{ text: '防脱发', category: 'medical' }] },
  ],
});

// Families, not spellings: every combination of a family's parts is a term.
testRule(rule, {
  valid: ['100%纯棉T恤 男', '最大承重200斤 折叠床'],
  invalid: [
    { input: '最静音的电风扇', findings: [{ text: '最静音', severity: 'error', category: 'absolute' }] },
    { input: '无辐射孕妇装', findings: [{ text: '无辐射', severity: 'warn', category: 'guarantee' }] },
    { input: '厂家直供 拖把', findings: [{ text: '厂家直供', severity: 'warn' }], name: '直供 is 直销 with another verb' },
    { input: '100%原装 手机电池', findings: [{ text: '100%原装', severity: 'warn' }] },
    { input: '调节免疫力 蜂蜜', findings: [{ text: '调节免疫力', severity: 'error', category: 'medical' }] },
    { input: '特效美白 牙膏', findings: [{ text: '特效美白', severity: 'error' }] },
    { input: '治疗颈椎病 按摩枕', findings: [{ text: '治疗颈椎病', severity: 'error' }], name: 'a disease claim on an ordinary product' },
  ],
});

// The product being sold decides whether a word is a claim or the product's own name.
testRule(rule, {
  valid: [
    { input: '显示器增高架 桌面收纳', name: '增高 names a riser' },
    { input: '万能dvd遥控器', name: 'one word between 万能 and 遥控器' },
    { input: '养生壶 家用', name: 'a kettle' },
    { input: '儿童益智玩具积木', name: 'a toy' },
    { input: '抽奖箱 透明', name: 'a lottery box, not a lottery' },
    { input: '缅甸a货翡翠手镯', name: 'a jade grade' },
    { input: '至尊版 游戏手柄', name: 'an edition name' },
    { input: '补光灯 美颜瘦脸', name: "a lamp's photo effect" },
  ],
  invalid: [
    { input: '增高长高 钙片', findings: [{ text: '增高', severity: 'error' }, { text: '长高', severity: 'error' }], name: '增高 with no riser or shoe after it is a height claim' },
    { input: '颈椎病 治疗仪', findings: [{ text: '颈椎病', severity: 'warn', messageId: 'licence' }, { text: '治疗', severity: 'warn', messageId: 'licence' }], name: 'a medical device: check its registration' },
    { input: '关节止痛膏 10贴', findings: [{ text: '止痛', severity: 'warn', messageId: 'licence' }], name: 'a drug named by effect and dosage form' },
    { input: '14天减肥瑜伽 上海科学出版社', findings: [{ text: '减肥', severity: 'warn', messageId: 'licence' }], name: "a book's subject" },
    { input: '治疗仪 颈椎病 防晒衣', findings: [{ text: '治疗', severity: 'error' }, { text: '颈椎病', severity: 'error' }], name: 'a product word after the class word: the product is not the device' },
  ],
});

// Health and medical claim vocabulary as families (广告法 第十七条, 保健食品 第十八条, 化妆品条例): function
// verb + organ or condition, whichever spelling the seller writes.
testRule(rule, {
  valid: [
    { input: '暖气片 家用', name: '暖 + 气 is heating, not a family term' },
    { input: '抗疲劳地垫 厨房', name: 'an anti-fatigue mat names its material, not 缓解疲劳' },
    { input: '天气预测 血压计 说明书 阅读', name: 'a verb three characters or more before the measure is no claim' },
    { input: '清宫剧 海报', name: '清宫 is a dynasty, not 清 + an organ' },
  ],
  invalid: [
    { input: '保暖护腰 健脾养肺', findings: [{ text: '健脾', severity: 'warn', category: 'medical' }, { text: '养肺', severity: 'warn', category: 'medical' }] },
    { input: '红枣补元糕 零食', findings: [{ text: '补元', severity: 'warn' }] },
    { input: '玫瑰花茶 驻颜', findings: [{ text: '驻颜', severity: 'warn' }] },
    { input: '护眼贴 缓解眼疲劳', findings: [{ text: '护眼' }, { text: '缓解眼疲劳', severity: 'warn', category: 'medical' }] },
    { input: '香薰枕 助睡眠', findings: [{ text: '助睡眠', severity: 'warn' }] },
    { input: '平安扣 祛百病', findings: [{ text: '祛百病', severity: 'error', category: 'medical' }] },
    { input: '男士防脱发洗发水', findings: [{ text: '防脱发', severity: 'warn', messageId: 'needsProof' }], name: 'a 特殊化妆品 function (条例 第十六条) needs its registration: not a ban' },
    { input: '去皱眼霜 女', findings: [{ text: '去皱', severity: 'warn', category: 'medical' }], name: 'a cosmetic efficacy claim needs its evaluation' },
    { input: '运动手表 检测血氧血糖', findings: [{ text: '检测血氧血糖', severity: 'warn', category: 'medical' }], name: 'a measure with a modifier between verb and marker' },
    { input: '电子血压计 测量血压', findings: [{ text: '测量血压', severity: 'warn', messageId: 'licence' }], name: 'a medical device: check its registration' },
  ],
});

// Prefix families that take a modifier (防|蓝光|辐射), and the dictionary's guess losing to a lexicon word.
testRule(rule, {
  valid: [{ input: '防水 辐射计 配件', name: 'a space between the prefix and the noun is a boundary' }],
  invalid: [
    { input: '孕妇服 抗手机辐射', findings: [{ text: '抗手机辐射', severity: 'warn', category: 'guarantee' }] },
    { input: '日本原单 卫衣', findings: [{ text: '原单', severity: 'error' }], name: '原单 after a country, though the dictionary reads 日本原|单' },
    { input: '阿胶固元糕 500g', findings: [{ text: '固元', severity: 'warn' }], name: 'a lexicon word (阿胶) ends where the claim begins: the dictionary is not asked' },
  ],
});

// A word inside a brand or product-line name is the name (酷冷至尊 is Cooler Master, 至尊极速 a SanDisk line).
testRule(rule, {
  valid: [
    { input: '酷冷至尊 机箱风扇', name: 'the brand holds 至尊' },
    { input: '闪迪（SanDisk）至尊高速 U盘 64G', name: 'a product line of the brand' },
  ],
  invalid: [
    { input: '酷冷至尊 最好的 机箱', findings: [{ text: '最好', severity: 'error' }], name: 'a claim beside the brand is still a claim' },
    { input: '至尊品质 机箱', findings: [{ text: '至尊', severity: 'warn' }], name: 'no brand: 至尊 describes the goods' },
  ],
});

// The word is the product's own type: a modifier of the title's product word that names a class of goods.
testRule(rule, {
  valid: [
    { input: '果树杀菌剂 多菌灵', name: '杀菌剂 is a class of pesticide' },
    { input: '收腹塑身 瘦身衣 女', name: 'shapewear' },
    { input: '足金转运珠手链', name: 'a bead style' },
    { input: '万能防锈剂 螺丝松动', name: 'a multi-purpose product type, with a word between' },
    { input: '车载支架 万能通用', name: '万能 doubling 通用 (fits every car)' },
  ],
  invalid: [
    { input: '收纳贴 万能多功能 挂钩', findings: [{ text: '万能', severity: 'error' }], name: '多功能 is an adjective, not a kind of part: 万能 still claims every use' },
    { input: '家用空气净化器 杀菌', findings: [{ text: '杀菌', severity: 'warn' }], name: 'a function claim, not the product type' },
    { input: '瘦身 燃脂 腰带', findings: [{ text: '瘦身' }, { text: '燃脂' }] },
    { input: '招财转运 手链', findings: [{ text: '招财' }, { text: '转运', severity: 'error' }] },
  ],
});

// The class comes from the title's product word: a class word inside a longer product word is not it.
testRule(rule, {
  valid: [{ input: '实木图书柜 书架', name: 'furniture with no claim' }],
  invalid: [
    { input: '儿童书桌 图书柜 治疗', findings: [{ text: '治疗', severity: 'error' }], name: '图书柜 is furniture, not a book' },
    { input: '颈椎病 图书', findings: [{ text: '颈椎病', severity: 'warn', messageId: 'licence' }], name: 'a book about the disease' },
    { input: '痛风舒胶囊 24粒', findings: [{ text: '痛风', severity: 'warn', messageId: 'licence' }], name: 'a class word ending the product word is its head' },
  ],
});

// A print or design name on a printable product is the picture's words, not a claim about the goods.
testRule(rule, {
  valid: [
    { input: '苹果手机壳 【大吉 旺财】 硅胶', name: 'inside 【】 on a phone case' },
    { input: '卡通彩绘 聚财 纯棉T恤', name: 'after a print marker' },
    { input: '文字 减肥 马克杯', name: 'a cup printed with a word' },
    { input: '手机壳 玻璃壳发财中国风 【恭喜发财】', name: 'the print named in 【】, written again outside them' },
    { input: '卡通防摔软套 手机壳 B8减肥一词+挂绳', name: 'a style code numbers the print' },
  ],
  invalid: [
    { input: '减肥 纯棉T恤 宽松', findings: [{ text: '减肥', severity: 'error' }], name: 'no marker: a claim on the shirt' },
    { input: '减肥茶 【买二送一】 卡通彩绘 包装', findings: [{ text: '减肥', severity: 'error' }], name: 'not a printable product' },
    { input: '手机壳 【招财】 镇宅辟邪', findings: [{ text: '镇宅' }, { text: '辟邪' }], name: 'outside the print the words are judged' },
    { input: '手机壳 【招财】 发财中国风', findings: [{ text: '发财' }], name: 'a word the print does not name is judged' },
    { input: '手机壳 XB8减肥', findings: [{ text: '减肥' }], name: 'a longer code is a model, not a style code' },
    { input: '平板保护套10.1寸T99护眼防爆膜', findings: [{ text: '护眼' }], name: 'a code glued to a word is a model number' },
  ],
});

// A function claim on a machine needs proof (广告法 第二十八条); on food it is a ban. A licensed class decides first.
testRule(rule, {
  valid: [],
  invalid: [
    { input: '家用跳舞毯 减肥健身 瑜伽', findings: [{ text: '减肥', severity: 'warn', messageId: 'needsProof' }], name: 'a fitness machine' },
    { input: '果蔬解毒机 去农残', findings: [{ text: '解毒', severity: 'warn', messageId: 'needsProof' }, { text: '去农残', severity: 'warn', category: 'guarantee' }], name: 'residue off vegetables' },
    { input: '减肥茶 花草茶', findings: [{ text: '减肥', severity: 'error' }], name: 'a food: still a ban' },
    { input: '私处护理凝胶 阴道炎', findings: [{ text: '阴道炎', severity: 'warn', messageId: 'licence' }], name: 'a gel is a dosage form of devices and drugs' },
    { input: '堵漏王 无效退款', findings: [{ text: '无效退款', severity: 'warn', messageId: 'needsProof' }], name: 'a refund promise on ordinary goods must be kept, not banned' },
    { input: '颈椎病 治疗 按摩器', findings: [{ text: '颈椎病', severity: 'error' }, { text: '治疗', severity: 'error' }], name: 'a disease claim on equipment stays a ban' },
    { input: '空气波压力治疗仪 静脉曲张 理疗仪器', findings: [{ text: '治疗', severity: 'warn', messageId: 'licence' }, { text: '静脉曲张', severity: 'warn', messageId: 'licence' }, { text: '理疗', severity: 'warn', messageId: 'licence' }], name: 'a medical device outranks the equipment word after it' },
  ],
});

// A word that names the buyer, the place or the service is no claim about the goods (指南 第五条); grades,
// model names and durations of virtual goods are facts (第六条); 修复 of a screen is repair.
testRule(rule, {
  valid: [
    { input: '美发美甲养生会员登记表 三本', name: 'the customers of a spa' },
    { input: '按摩理疗推拿专用床罩', name: 'where the cover is used' },
    { input: '食品保健品滋补 店铺装修模板', name: 'a category of goods' },
    { input: '医用条码打印机 热敏', name: 'the buyer of a printer' },
    { input: '医用针灸人体模型 穴位', name: 'a teaching model, its subject between' },
    { input: '屏幕总成 寄修复 触摸', name: 'a repair' },
    { input: '至强金牌5120 服务器', name: 'a processor model' },
    { input: 'RMx金牌电源 650W', name: 'an 80 PLUS grade' },
    { input: '英雄联盟 永久英雄', name: 'a game item without end date' },
    { input: 'QQ飞车道具 30天5元 永久50元', name: 'the licence term of a game item' },
    { input: '店铺装修模板 专业 永久', name: 'the licence term of a template' },
    { input: '家用体脂秤 健康瘦身', name: 'what a scale is used for' },
    { input: '佛前供品 水果贡品 塑料', name: 'offerings on an altar' },
    { input: '变声器 萝莉御姐音 手机', name: 'a voice style' },
    { input: '吊球天花板音箱 嵌入式', name: 'a ceiling speaker' },
    { input: '香精 食品添加剂 生产日期最新', name: 'the production date is a time fact' },
    { input: '转运风车 新年挂饰', name: 'the windmill named 转运风车' },
    { input: '铝扣板 集成吊顶 天花板 客厅', name: 'ceiling boards: the 天花板 is the ceiling' },
    { input: '五星红旗 国旗 手摇旗 50面', name: 'the flag is the product' },
    { input: 'U盘直插 (厂家直发)', name: 'where it ships from is no price claim' },
  ],
  invalid: [
    { input: '青稞酒 天然 健康 养生', findings: [{ text: '养生', severity: 'warn' }], name: 'no place after it: a claim on a drink' },
    { input: '修复受损 洗发水', findings: [{ text: '修复', severity: 'warn' }], name: 'a cosmetic claim' },
    { input: '金牌品质 机箱', findings: [{ text: '金牌', severity: 'warn' }], name: 'no grade or model' },
    { input: '永久不褪色 纯棉T恤', findings: [{ text: '永久', severity: 'warn' }], name: 'no digital goods: a durability claim' },
    { input: '宫廷贡品 大红袍', findings: [{ text: '贡品', severity: 'warn' }], name: 'a court-tribute claim' },
    { input: '萝莉 性感 睡衣', findings: [{ text: '萝莉' }], name: 'not a voice' },
    { input: '蓝牙耳机 音质天花板', findings: [{ text: '天花板', severity: 'warn' }], name: 'the slang superlative' },
    { input: '吸顶音箱 音质天花板', findings: [{ text: '天花板', severity: 'warn' }], name: 'a ceiling speaker may still boast' },
    { input: '财神年画 风车转运门贴', findings: [{ text: '转运', severity: 'error' }], name: '转运 after the windmill is the claim' },
    { input: '国旗图案 纯棉T恤', findings: [{ text: '国旗', severity: 'warn' }], name: 'a flag printed on goods is still checked' },
    { input: '厂家直供 拖把', findings: [{ text: '厂家直供', severity: 'warn' }], name: 'a channel claim' },
  ],
});

// Families of the same claim: whitening spellings, correcting the body's shape.
testRule(rule, {
  valid: [
    { input: '硅胶套 半透白 防尘', name: 'a colour' },
    { input: '透明有机玻璃板 亚克力', name: 'acrylic glass is a material' },
  ],
  invalid: [
    { input: '靓白隔离霜 40ml', findings: [{ text: '靓白', severity: 'warn', category: 'medical' }] },
    { input: '婴儿矫正头型枕 防偏头', findings: [{ text: '矫正头型', severity: 'warn' }, { text: '防偏头', severity: 'warn' }] },
    { input: '五丰 有机大米 2kg', findings: [{ text: '有机', severity: 'warn', category: 'guarantee' }], name: 'organic needs its certificate' },
    { input: '智能手环 老人量血压监测', findings: [{ text: '量血压', severity: 'warn', category: 'medical' }], name: '量 is a verb of measuring too' },
    { input: '鹿茸片 强健体魄', findings: [{ text: '强健体魄', severity: 'warn', category: 'medical' }], name: 'a body-strengthening claim' },
  ],
});

// Families found missing on real titles (issue #15, second sample): 特殊化妆品 functions by their cosmetic forms,
// disease names (器官 + 炎), addiction, muscle gain, harmlessness; a product word that is itself a claim.
testRule(rule, {
  valid: [
    { input: '冰丝防晒袖套 骑行 男女', name: 'a garment: sun protection of clothing is no cosmetic' },
    { input: '洗衣机罩 防晒防水 滚筒', name: 'a cover' },
    { input: '理发店 染发刷 挑染工具', name: 'a hairdresser’s tool' },
    { input: '垃圾无害化处理设备', name: 'the name of a treatment process' },
    { input: '养生壶 煮茶器 玻璃', name: 'kitchenware' },
  ],
  invalid: [
    { input: '清爽防晒霜 SPF30 户外', findings: [{ text: '防晒霜', severity: 'warn' }, { text: 'SPF30', severity: 'warn' }], name: 'a sunscreen' },
    { input: '隔离妆前乳 spf50+', findings: [{ text: 'spf50', severity: 'warn', category: 'medical' }], name: 'an SPF value claims sun protection' },
    { input: '植物染发膏 遮白发', findings: [{ text: '染发膏', severity: 'warn' }] },
    { input: '卷发 烫发水 家用', findings: [{ text: '烫发水', severity: 'warn' }] },
    { input: '膀胱炎 护理垫', findings: [{ text: '膀胱炎', severity: 'error' }], name: 'a disease named on ordinary goods' },
    { input: '猪用 肺炎 注射液', findings: [{ text: '肺炎', severity: 'warn', messageId: 'licence' }], name: 'a veterinary drug' },
    { input: '护膝 骨刺 保暖', findings: [{ text: '骨刺', severity: 'error' }] },
    { input: '电子烟套装 戒烟神器', findings: [{ text: '戒烟', severity: 'error' }], name: 'quitting is a treatment claim' },
    { input: '戒烟贴 尼古丁', findings: [{ text: '戒烟', severity: 'warn', messageId: 'licence' }], name: 'a patch is a drug form' },
    { input: '蛋白棒 增肌 代餐', findings: [{ text: '增肌', severity: 'warn' }] },
    { input: '晾衣绳 无害 环保', findings: [{ text: '无害', severity: 'warn', category: 'guarantee' }] },
    { input: '无公害 蔬菜 新鲜', findings: [{ text: '无公害', severity: 'warn' }], name: 'a certification to prove' },
    { input: '菊花枸杞 养生茶', findings: [{ text: '养生', severity: 'warn' }], name: '养生茶 is a food’s function claim, not kitchenware' },
    { input: '杂粮 养生粥', findings: [{ text: '养生', severity: 'warn' }] },
  ],
});

// Synonyms of claims already listed (抚平细纹 = 抗皱, 淡斑 = 祛斑, 盆骨矫正 = 矫正盆骨, 润眼 = 护眼), health-food and
// drug functions as single words, and a lexicon word across a space, which is no word of the title.
testRule(rule, {
  valid: [
    { input: '玻璃醒酒器 红酒', name: 'a wine decanter' },
    { input: '抗老化 户外电缆', name: 'a material property' },
    { input: '站立办公 抗疲劳地垫', name: 'an ergonomic mat' },
    { input: '明目张胆 文字T恤', name: 'an idiom' },
    { input: '衣服去斑灵 去霉剂', name: 'stains on clothes, not skin' },
    { input: '下水道 管道疏通器', name: 'plumbing' },
    { input: '海贼王 手办 路飞', name: 'a title, not a performance noun' },
  ],
  invalid: [
    { input: '遮瑕笔 抚平细纹', findings: [{ text: '抚平细纹', severity: 'warn' }] },
    { input: '眼霜 淡化黑眼圈', findings: [{ text: '淡化黑眼圈', severity: 'warn' }] },
    { input: '精华液 淡斑 提亮', findings: [{ text: '淡斑', severity: 'warn', category: 'medical' }] },
    { input: '产后 盆骨矫正带', findings: [{ text: '盆骨矫正', severity: 'warn' }], name: 'the object before the verb' },
    { input: '钢化膜 润眼 高清', findings: [{ text: '润眼', severity: 'warn' }] },
    { input: '枇杷茶 止咳 化痰', findings: [{ text: '止咳', severity: 'error' }, { text: '化痰', severity: 'error' }], name: 'drug functions on a food' },
    { input: '解酒 饮料 聚会', findings: [{ text: '解酒', severity: 'warn' }] },
    { input: '丰胸 包邮', findings: [{ text: '丰胸', severity: 'error' }], name: '胸包 across the space is no word' },
    { input: '收腹带 瘦腰 塑形', findings: [{ text: '瘦腰', severity: 'warn' }], name: 'slimming one part of the body' },
    { input: '无线路由器 穿墙王 千兆', findings: [{ text: '穿墙王', severity: 'warn', category: 'absolute' }], name: 'a performance noun crowned king' },
    { input: '乳腺疏通精油 胸部护理', findings: [{ text: '乳腺疏通', severity: 'error' }], name: 'the object before the verb' },
    { input: '婴儿奶粉 防腹泻', findings: [{ text: '防腹泻', severity: 'error' }] },
    { input: '兽用 定喘 注射液', findings: [{ text: '定喘', severity: 'warn', messageId: 'licence' }], name: 'a drug function on a veterinary drug' },
  ],
});

// A modifier inside a claim word (增|健|肌), the disinfection and pesticide claims of 消毒产品 rules, growth and
// infant-formula functions, explicit sexual wording; and what is no claim: 非 + claim, a hyphenated Latin token, a
// game item's duration, a spec value glued to the pack's quantity (that one is still the spec).
testRule(rule, {
  valid: [
    { input: '粉底液 增白肌肤 遮瑕', name: '肌 of 肌肤: whitening, not muscle' },
    { input: '家用 消毒碗柜 立式', name: 'a kitchen appliance by its standard name' },
    { input: '不锈钢 消毒柜 商用', name: 'the same, shorter' },
    { input: '食堂 餐具清洗消毒记录本 5本', name: 'a logbook whose subject is disinfection' },
    { input: '水稻 除草剂 农药', name: 'a pesticide is the product, not a claim to remove one' },
    { input: '高潮迭起 悬疑小说', name: 'an idiom' },
    { input: '儿童成长发育 绘本 故事书', name: 'a book about growing up' },
    { input: '宽口径 防吐奶奶瓶 新生儿', name: 'a bottle type' },
    { input: '婴儿 防溢奶 斜坡枕', name: 'a pillow type' },
    { input: '保湿乳液 非抗皱 清爽', name: '非 denies the claim' },
    { input: '手机膜 非抗蓝光 高清', name: '非 denies the claim' },
    { input: 'x-best 收纳盒 桌面', name: 'a hyphenated Latin token' },
    { input: '射击游戏 武器 永久 皮肤卡', name: 'a game item’s duration' },
    { input: '精华液 spf500ml', name: 'no SPF value of 500: the digits run on' },
  ],
  invalid: [
    { input: '乳清蛋白 增壮肌 粉', findings: [{ text: '增壮肌', severity: 'warn', category: 'medical' }], name: 'a modifier inside 增肌' },
    { input: '健身 增强肌肉 器材', findings: [{ text: '增强肌肉', severity: 'warn' }] },
    { input: '洗菜机 果蔬消毒 家用', findings: [{ text: '消毒', severity: 'warn', category: 'medical' }], name: 'disinfection claimed on a non-disinfectant' },
    { input: '果蔬清洗粉 去农残 宝宝', findings: [{ text: '去农残', severity: 'warn', category: 'guarantee' }] },
    { input: '清洗机 除农药 除激素', findings: [{ text: '除农药', severity: 'warn' }, { text: '除激素', severity: 'warn' }] },
    { input: '成人用品 高潮 女用', findings: [{ text: '高潮', severity: 'warn', category: 'vulgar' }] },
    { input: '儿童 生长发育片 钙', findings: [{ text: '生长发育片', severity: 'warn' }], name: 'a food named by its function' },
    { input: '婴儿配方奶粉 防吐奶 1段', findings: [{ text: '防吐奶', severity: 'warn', category: 'medical' }], name: 'a function claim on formula' },
    { input: '日间防护乳 spf3050ml', findings: [{ text: 'spf30', severity: 'warn' }], name: 'the SPF value glued to the volume' },
    { input: '是非抗皱 精华', findings: [{ text: '抗皱', severity: 'warn' }], name: '是非 is a word, not a negation' },
    { input: '不脱发 洗发水', findings: [{ text: '脱发', severity: 'error' }], name: '不 + a disease is itself a claim' },
    { input: '痔疮坐垫 记忆棉', findings: [{ text: '痔疮', severity: 'warn', messageId: 'licence' }], name: 'a medical-device cushion' },
    { input: '颈肩 风湿疼痛贴', findings: [{ text: '风湿', severity: 'warn', messageId: 'licence' }], name: 'a pain patch is a drug or device form' },
  ],
});
