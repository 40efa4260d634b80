import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
beforeEach(async () => {
  desk = await makeDesk();
});
afterEach(() => desk.close());

const count = () => (desk.db.sqlite.prepare('SELECT COUNT(*) AS n FROM residents').get() as { n: number }).n;
const csv = (text: string) => ({ filename: '住户.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') });
const names = async (q?: string) => (await desk.ok('residents.search', q ? { q } : {})).rows.map((r: { name: string }) => r.name);

async function xlsx(rows: unknown[][]): Promise<{ filename: string; contentBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('住户');
  rows.forEach((r) => sheet.addRow(r));
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { filename: '住户名册.xlsx', contentBase64: buf.toString('base64') };
}

describe('residents.upsert and search', () => {
  it('finds residents by name, pinyin initials, full pinyin, address and phone', async () => {
    await desk.ok('residents.upsert', { name: '张三', building: '1栋', unit: '2单元', room: '301', phone: '13800001111' });
    await desk.ok('residents.upsert', { name: '李四', building: '2栋', room: '1502', phone2: '0571-88886666' });
    expect(await names('zs')).toEqual(['张三']);
    expect(await names('lisi')).toEqual(['李四']);
    expect(await names('1502')).toEqual(['李四']);
    expect(await names('13800')).toEqual(['张三']);
    expect(await names('0571888')).toEqual(['李四']);
    expect(await names()).toEqual(['张三', '李四']);
    expect((await desk.ok('residents.search', {})).total).toBe(2);
  });

  it('edits an entry in place and refuses a twin at the same address', async () => {
    const { id } = await desk.ok('residents.upsert', { name: '张三', building: '1栋', room: '301' });
    await desk.ok('residents.upsert', { id, name: '张三', building: '1栋', room: '301', notes: '独居老人' });
    expect(count()).toBe(1);
    const twin = await desk.desk('residents.upsert', { name: '张三', building: '1栋', room: '301' });
    expect(!twin.ok && twin.error.issues?.[0]).toMatchObject({ path: ['name'], message: '姓名：同一房号已有同名住户' });
  });

  it('refuses a bad phone naming the field, and writes nothing', async () => {
    const a = await desk.desk('residents.upsert', { name: '张三', building: '1栋', room: '301', phone2: '8801' });
    expect(!a.ok && a.error.issues?.[0].field).toBe('备用电话');
    expect(count()).toBe(0);
  });
});

describe('residents.import', () => {
  it('imports a UTF-8 CSV with a BOM, Chinese headers and quoted fields', async () => {
    const file = csv('\ufeff姓名,楼栋,单元,房号,手机,备注\r\n张三,1栋,1单元,101,138 0000 1111,"腿脚不便,需上门"\r\n李四,1栋,1单元,102,,\r\n\r\n');
    expect(await desk.ok('residents.import', file)).toEqual({ added: 2, updated: 0, total: 2, ignoredColumns: [] });
    const [zs] = (await desk.ok('residents.search', { q: '张三' })).rows;
    expect(zs).toMatchObject({ phone: '13800001111', notes: '腿脚不便,需上门', unit: '1单元' });
  });

  it('reads a CSV saved by Excel on a Chinese Windows (GB18030)', async () => {
    const bytes = Buffer.from('d0d5c3fb2cc2a5b6b02cb7bfbac50ad5c5c8fd2c31b6b02c3130310a', 'hex'); // 姓名,楼栋,房号\n张三,1栋,101
    await desk.ok('residents.import', { filename: 'a.CSV', contentBase64: bytes.toString('base64') });
    expect(await names()).toEqual(['张三']);
  });

  it('imports an XLSX, phones saved as numbers included, and updates rather than duplicates on re-import', async () => {
    const file = await xlsx([
      ['姓名', '楼栋', '单元', '房号', '联系电话', '车牌'],
      ['张三', '1栋', '1单元', '101', 13800001111, '浙A12345'],
      ['李四', '1栋', '1单元', '102', '0571-88886666', ''],
    ]);
    expect(await desk.ok('residents.import', file)).toMatchObject({ added: 2, updated: 0, ignoredColumns: ['车牌'] });
    expect(await desk.ok('residents.import', file)).toMatchObject({ added: 0, updated: 2 });
    expect(count()).toBe(2);
    expect((await desk.ok('calls.lookupCaller', { phone: '138000011' })).residents[0].name).toBe('张三');
  });

  it('imports nothing when any row is bad, and reports every bad row and why', async () => {
    await desk.ok('residents.upsert', { name: '老住户', building: '9栋', room: '901' });
    const file = csv(
      ['姓名,楼栋,房号,电话', '张三,1栋,101,13800001111', ',1栋,102,13800002222', '王五,1栋,103,12345', '张三,1栋,101,', '赵六,1栋,104,13800004444'].join('\n'),
    );
    const a = await desk.desk('residents.import', file);
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.error).toMatchObject({ code: 'invalid', message: '有 3 行数据有误，未导入任何记录；请改正后重新导入' });
    expect(a.error.issues?.map((i) => [i.path, i.message])).toEqual([
      [['rows', 3, 'name'], '姓名：第 3 行：必填'],
      [['rows', 4, 'phone'], '电话：第 4 行：请输入 11 位手机号，或带区号的座机号'],
      [['rows', 5, 'name'], '姓名：第 5 行：与第 2 行重复（同名同房号）'],
    ]);
    expect(await names()).toEqual(['老住户']);
  });

  it('says which required columns are missing, and refuses other file types and unreadable files', async () => {
    const missing = await desk.desk('residents.import', csv('姓名,电话\n张三,13800001111\n'));
    expect(!missing.ok && missing.error.issues?.[0].message).toBe('导入文件：缺少必需的列：楼栋、房号');
    const type = await desk.desk('residents.import', { filename: 'a.xls', contentBase64: 'AAAA' });
    expect(!type.ok && type.error.issues?.[0]).toMatchObject({ path: ['filename'], field: '文件名' });
    const junk = await desk.desk('residents.import', { filename: 'a.xlsx', contentBase64: Buffer.from('not a zip').toString('base64') });
    expect(!junk.ok && junk.error.issues?.[0].path).toEqual(['contentBase64']);
    const empty = await desk.desk('residents.import', csv('姓名,楼栋,房号\n'));
    expect(!empty.ok && empty.error.issues?.[0].message).toBe('导入文件：文件中没有住户数据');
    expect(count()).toBe(0);
  });

  it('is for supervisors only', async () => {
    const r = (await desk.ok('staff.upsert', { name: '李静', role: 'reception', pin: '2345' })).id;
    const a = await desk.desk('residents.import', csv('姓名,楼栋,房号\n张三,1栋,101\n'), await desk.signIn(r, '2345'));
    expect(!a.ok && a.error.code).toBe('forbidden');
    expect(count()).toBe(0);
  });
});
