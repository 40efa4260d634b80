// Strings of the reports page (the figures' own labels come translated from the core).
import type { Dict } from './types';

const zh = {
  title: '报表',
  daily: '日报',
  weekly: '周报',
  date: '日期',
  weekStart: '周起始日',
  export: '导出 Excel',
  exported: '已导出 {{file}}',
  print: '打印',
  targets: '服务指标',
  actual: '实际',
  target: '目标 {{pct}}',
  met: '达标',
  missed: '未达标',
  noData: '无数据',
  supervisorOnly: '周报仅主管可查看',
  chart: '{{title}}图表',
  generated: '生成于 {{at}}',
};

const en: Dict<typeof zh> = {
  title: 'Reports',
  daily: 'Daily',
  weekly: 'Weekly',
  date: 'Date',
  weekStart: 'Week starting',
  export: 'Export to Excel',
  exported: 'Exported {{file}}',
  print: 'Print',
  targets: 'Service targets',
  actual: 'Actual',
  target: 'Target {{pct}}',
  met: 'Met',
  missed: 'Missed',
  noData: 'No data',
  supervisorOnly: 'Only supervisors see the weekly report',
  chart: 'Chart: {{title}}',
  generated: 'Generated {{at}}',
};

export const reports = { 'zh-CN': zh, en };
