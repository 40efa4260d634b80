// Shared set-up of the work-order service tests: a real desk with a receptionist, workers and a host.
import { makeDesk, type TestDesk } from '../../tests/support/core';
import type { WorkOrderDetail } from './queries';

export interface WorkOrderDesk extends TestDesk {
  /** Token of 李静, a receptionist. */
  reception: string;
  /** Sign 李静 in again (after the test clock jumped past the idle time-out). */
  resume(): Promise<void>;
  workers: { sun: string; zhou: string; wu: string };
  hostId: string;
  hostToken: string;
  /** Create a 报修 order with believable defaults; returns its detail. */
  newOrder(over?: Record<string, unknown>): Promise<WorkOrderDetail>;
  count(table: string): number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export async function workOrderDesk(): Promise<WorkOrderDesk> {
  const desk = await makeDesk();
  const staff = async (name: string, role: string, pin?: string) =>
    (await desk.ok<{ id: string }>('staff.upsert', { name, role, ...(pin ? { pin } : {}) })).id;
  const receptionId = await staff('李静', 'reception', '2468');
  const workers = { sun: await staff('孙强', 'worker'), zhou: await staff('周师傅', 'worker'), wu: await staff('吴海涛', 'worker') };
  const hostId = await staff('张伟', 'host', '1357');
  const reception = await desk.signIn(receptionId, '2468');
  const hostToken = await desk.signIn(hostId, '1357');
  const newOrder = async (over: Record<string, unknown> = {}) => {
    const { id } = await desk.ok<{ id: string }>(
      'workOrders.create',
      {
        source: 'call',
        reporterName: '陈先生',
        reporterPhone: '13912345678',
        address: { building: '3栋', unit: '2单元', room: '1502' },
        category: '水',
        description: '厨房水槽下水管漏水，地面有积水',
        priority: 'normal',
        ...over,
      },
      d.reception,
    );
    return desk.ok<WorkOrderDetail>('workOrders.get', { id }, d.reception);
  };
  const count = (table: string) => (desk.db.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const d: WorkOrderDesk = {
    ...desk,
    reception,
    workers,
    hostId,
    hostToken,
    newOrder,
    count,
    async resume() {
      d.reception = await desk.signIn(receptionId, '2468');
    },
  };
  return d;
}
