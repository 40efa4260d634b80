import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../../i18n';
import { SlipCopy } from './SlipCopy';
import type { SlipData, SlipOrder } from './useSlipData';

const order = {
  id: 'o1',
  number: 'HZ01-261206-A001',
  reporterName: '陈女士',
  reporterPhone: '13912345678',
  building: null,
  unit: null,
  room: null,
  publicLocation: '3栋电梯厅',
  category: '公共设施',
  description: '电梯按钮失灵'.repeat(40),
  priority: 'urgent',
  appointmentAt: null,
  createdAt: Date.UTC(2026, 11, 6, 2, 0),
  workerName: '赵师傅',
  workerPhone: '13800138000',
  dispatchedAt: Date.UTC(2026, 11, 6, 2, 5),
  printCount: 1,
} as unknown as SlipOrder;

const slip = (o: Partial<SlipOrder>): SlipData => ({ order: { ...order, ...o }, siteName: '翠苑物业服务中心', qrSvg: '<svg></svg>' });

describe('a dispatch slip copy', () => {
  test('shows the number, the common area, the worker, the whole description and the blanks', () => {
    render(<SlipCopy data={slip({})} layout="a4" copy="worker" />);
    expect(screen.getByText('HZ01-261206-A001')).toBeTruthy();
    expect(screen.getByText('3栋电梯厅')).toBeTruthy();
    expect(screen.getByText('赵师傅 13800138000')).toBeTruthy();
    expect(screen.getByText(order.description)).toBeTruthy();
    for (const blank of ['到场时间', '完工时间', '耗用材料', '维修人员签字', '住户签字', '满意', '基本满意', '不满意']) {
      expect(screen.getByText(blank)).toBeTruthy();
    }
    expect(screen.getByLabelText('维修联')).toBeTruthy();
    expect(screen.queryByText('补打')).toBeNull();
  });

  test('the second and later prints say 补打', () => {
    render(<SlipCopy data={slip({ printCount: 2 })} layout="thermal80" copy="desk" />);
    expect(screen.getByText('补打')).toBeTruthy();
    expect(screen.getByLabelText('存根联')).toBeTruthy();
  });
});
