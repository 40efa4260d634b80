import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Form, Input, Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke, on } from '../../../api/client';

type Entry = ProcOutput<'duty.list'>[number];
const CATEGORIES = ['巡查', '设备', '安全', '其他'] as const;
type Category = (typeof CATEGORIES)[number];
const COLORS: Record<string, string> = { 巡查: 'blue', 设备: 'purple', 安全: 'red', 其他: 'default' };

/** 值班记录: a quick line per patrol or incident, newest first, the last 24 hours. */
export function DutyTab() {
  const { t } = useTranslation('handover');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ category: Category; text: string }>();
  const [list, setList] = useState<Entry[]>([]);

  const load = useCallback(async () => {
    const a = await invoke('duty.list');
    if (a.ok) setList(a.value);
  }, []);
  useEffect(() => {
    void load();
    return on('data-changed', (p) => {
      if ((p as { tables?: string[] } | null)?.tables?.includes('duty_entries')) void load();
    });
  }, [load]);

  const add = async (v: { category: Category; text: string }) => {
    const a = await invoke('duty.log', v);
    if (!a.ok) {
      const issue = a.error.issues?.[0];
      form.setFields([{ name: issue?.path[0] === 'category' ? 'category' : 'text', errors: [issue?.message ?? a.error.message] }]);
      return;
    }
    form.setFieldsValue({ text: '' });
    void message.success(t('duty.logged'));
    await load();
  };

  return (
    <section className="panel">
      <Form form={form} layout="inline" className="duty-form" initialValues={{ category: '巡查' }} onFinish={add}>
        <Form.Item name="category" label={t('duty.category')}>
          <Segmented options={CATEGORIES.map((c) => ({ value: c, label: t(`duty.categories.${c}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('duty.text')} className="duty-text" rules={[{ required: true, whitespace: true, message: t('duty.textPlaceholder') }]}>
          <Input maxLength={1000} placeholder={t('duty.textPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('duty.add')}
        </Button>
      </Form>
      <Table<Entry>
        rowKey="id"
        size="small"
        dataSource={list}
        pagination={list.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('duty.empty') }}
        columns={[
          { title: t('duty.at'), dataIndex: 'at', width: 120, render: (at: number) => dayjs(at).format('MM-DD HH:mm') },
          { title: t('duty.category'), dataIndex: 'category', width: 90, render: (c: string) => <Tag color={COLORS[c]}>{CATEGORIES.includes(c as Category) ? t(`duty.categories.${c as Category}`) : c}</Tag> },
          { title: t('duty.text'), dataIndex: 'text' },
          { title: t('duty.by'), dataIndex: 'staffName', width: 100 },
        ]}
      />
    </section>
  );
}
