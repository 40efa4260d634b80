import { App as AntApp, Button, Form, Input, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import type { BlockRow } from './useVisitsData';

/** The blocklist: add with a reason, remove; the check-in form warns on a match. */
export function BlocklistPanel({ rows }: { rows: BlockRow[] }) {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ name: string; phone?: string; reason: string }>();
  const add = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const a = await invoke('blocklist.add', { ...v, phone: v.phone || undefined });
    if (!a.ok) return void message.error(applyIssues(form, a.error).join('；') || a.error.message);
    form.resetFields();
  };
  return (
    <>
      <Form form={form} layout="inline" onFinish={() => void add()} style={{ marginBottom: 12 }}>
        <Form.Item name="name" rules={[{ required: true, message: t('desk.name') }]}>
          <Input placeholder={t('desk.name')} aria-label={t('desk.name')} maxLength={50} />
        </Form.Item>
        <Form.Item name="phone">
          <Input placeholder={t('desk.phone')} aria-label={t('desk.phone')} maxLength={24} />
        </Form.Item>
        <Form.Item name="reason" rules={[{ required: true, message: t('desk.reason') }]}>
          <Input placeholder={t('desk.reason')} aria-label={t('desk.reason')} maxLength={200} />
        </Form.Item>
        <Button htmlType="submit">{t('desk.addBlock')}</Button>
      </Form>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('desk.col.name'), dataIndex: 'name' },
          { title: t('desk.col.phone'), dataIndex: 'phoneMasked' },
          { title: t('desk.col.reason'), dataIndex: 'reason' },
          {
            title: '',
            render: (_, b) => (
              <Popconfirm title={`${t('desk.remove')} ${b.name}?`} onConfirm={() => void invoke('blocklist.remove', { id: b.id })}>
                <Button size="small">{t('desk.remove')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  );
}
