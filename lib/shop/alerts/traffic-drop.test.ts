import rule from './traffic-drop';
import { day, testAlert } from './test-alert';

const week = ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'].map((d) => day(d, 1000, 30));

testAlert(rule, [
  { name: '30% is the line', shop: { daily: [...week, day('2026-11-19', 700, 20)] }, alerts: [{ entityId: 'shop', messageId: 'drop', message: '2026-11-19 访客数 700，比前 7 天均值 1000 下降 30%：查看生意参谋流量来源，检查直通车/引力魔方计划与主推款排名' }] },
  { name: '29% is noise', shop: { daily: [...week, day('2026-11-19', 710, 20)] }, alerts: [] },
  { name: 'today (partial) is not judged', shop: { daily: [...week, day('2026-11-19', 1000, 30), day('2026-11-20', 100, 1)] }, alerts: [] },
  { name: 'too little history', shop: { daily: [...week.slice(-2), day('2026-11-19', 100, 1)] }, alerts: [] },
  { name: 'no stats', shop: {}, alerts: [] },
]);
