// Believable, repeatable demo people and call texts, shared by the demo seeder and the benchmarks.

/** mulberry32: a small seeded generator, so every demo desk looks the same. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国海燕志宏文辉晓东晨雪琳欣怡浩然子轩梓涵宇航佳慧俊杰丹凤鹏飞春雷秋月';

export function personName(rng: () => number): string {
  const given = Array.from({ length: rng() < 0.7 ? 2 : 1 }, () => pick(rng, [...GIVEN])).join('');
  return pick(rng, [...SURNAMES]) + given;
}

const MOBILE_HEADS = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '177', '180', '181', '186', '187', '188', '189', '199'];

export function mobile(rng: () => number): string {
  return pick(rng, MOBILE_HEADS) + String(Math.floor(rng() * 1e8)).padStart(8, '0');
}

export const COMPANIES = ['顺丰速运', '京东物流', '中通快递', '国家电网', '自来水公司', '中国移动', '绿城装饰', '美团外卖', '市场监管所', '街道办事处'];

export const SUMMARIES = {
  consult: ['咨询物业费缴纳方式', '询问停车月卡办理', '咨询装修申请手续', '询问门禁卡补办', '咨询快递代收时间', '询问水电费账单', '询问小区游泳池开放时间'],
  repair: ['厨房水管漏水', '卫生间下水道堵塞', '客厅灯不亮', '入户门锁打不开', '空调外机噪音大', '楼道灯不亮', '阳台推拉门卡住', '热水器不出热水'],
  complaint: ['楼上装修噪音太大', '地下车库车位被占', '垃圾清运不及时', '电梯经常停运', '楼下烧烤油烟扰民', '宠物狗不拴绳'],
  appointment: ['预约明天上午装修验收', '预约燃气开通', '预约周六上门维修', '预约看房'],
  message: ['请回电，关于租约续签', '有急事请尽快回电', '请回电确认会议时间', '请回电，关于发票'],
  other: ['问附近公交线路', '推销电话', '打错电话', '询问失物招领'],
} as const;
