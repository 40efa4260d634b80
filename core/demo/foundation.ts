import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { departments } from '../../db/schema';
import type { Ctx } from '../procedure';
import { writeStaff } from '../staff/procedures';

export const DEMO_PIN = '1234';

/** A believable service centre: departments, desk staff with PINs, hosts to visit, repair workers. */
export function seedFoundationDemo(ctx: Pick<Ctx, 'db' | 'audit'>): void {
  mutate(ctx.db, (tx) => {
    const existing = tx.db.sqlite.prepare('SELECT COUNT(*) AS n FROM staff WHERE deleted_at IS NULL').get() as { n: number };
    if (existing.n > 1) return;
    const dept = (name: string, location: string) => {
      const id = uuidv7();
      tx.insert(departments, { id, name, location });
      return id;
    };
    const service = dept('客服中心', '1号楼大堂');
    const engineering = dept('工程部', '地下一层 B1-03');
    const admin = dept('行政部', '2号楼 5F');
    const sales = dept('招商部', '2号楼 8F');
    const people: Parameters<typeof writeStaff>[2][] = [
      { name: '李静', role: 'reception', departmentId: service, extension: '8001', phone: '13800138001', location: '1号楼大堂前台', pin: DEMO_PIN },
      { name: '陈晓燕', role: 'reception', departmentId: service, extension: '8002', phone: '13800138002', location: '1号楼大堂前台', pin: DEMO_PIN },
      { name: '赵建国', role: 'supervisor', departmentId: service, extension: '8010', phone: '13800138010', location: '客服中心办公室', pin: DEMO_PIN },
      { name: '张伟', role: 'host', departmentId: sales, extension: '8801', phone: '13900139001', location: '2号楼 8F 招商部' },
      { name: '刘芳', role: 'host', departmentId: admin, extension: '8501', phone: '13900139002', location: '2号楼 5F 行政部' },
      { name: '王磊', role: 'host', departmentId: sales, extension: '8802', phone: '13900139003', location: '2号楼 8F 806' },
      { name: '杨秀英', role: 'host', departmentId: admin, extension: '8502', phone: '13900139004', location: '2号楼 5F 会议室' },
      { name: '孙强', role: 'worker', departmentId: engineering, extension: '8301', phone: '13700137001', location: '工程部值班室' },
      { name: '周师傅', role: 'worker', departmentId: engineering, extension: '8302', phone: '13700137002', location: '工程部值班室' },
      { name: '吴海涛', role: 'worker', departmentId: engineering, extension: '8303', phone: '13700137003', location: '工程部值班室' },
      { name: '郑立新', role: 'worker', departmentId: engineering, extension: '8304', phone: '13700137004', location: '工程部值班室' },
    ];
    for (const p of people) writeStaff(ctx, tx, p);
  });
}
