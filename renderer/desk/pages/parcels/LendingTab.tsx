import { useState } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { ItemDialog, LendDialog } from './LendDialogs';
import { formatTime } from './time';
import { useLive } from './useLive';

type Item = ProcOutput<'keys.list'>[number];

/** The key board and lent items: where each one is now, overdue loans first in red. */
export function LendingTab() {
  const { t } = useTranslation('parcels');
  const { t: ts } = useTranslation();
  const { message } = AntApp.useApp();
  const { value, reload } = useLive('keys.list', undefined, ['lent_items', 'item_loans']);
  const kinds = useLive('keys.kinds', undefined, ['settings']).value ?? [];
  const [lending, setLending] = useState<Item | null>(null);
  const [adding, setAdding] = useState(false);
  const kindLabel = (k: string) => (k === 'key' ? t('lending.key') : (kinds.find((x) => x.id === k)?.label ?? k));

  const giveBack = async (loanId: string) => {
    const a = await invoke('keys.return', { loanId });
    if (a.ok) void message.success(t('lending.returned'));
    else void message.error(a.error.message);
    await reload();
  };

  const remove = async (item: Item) => {
    const a = await invoke('keys.remove', { id: item.id });
    if (a.ok) void message.success(t('lending.removed', { label: item.label }));
    else void message.error(a.error.message);
    await reload();
  };

  return (
    <section className="panel" aria-labelledby="lending-title">
      <div className="panel-head">
        <h2 id="lending-title" className="panel-title ant-typography">
          {t('lending.title')}
        </h2>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('lending.add')}
        </Button>
      </div>
      <Table<Item>
        rowKey="id"
        size="small"
        loading={value === null}
        dataSource={value ?? []}
        pagination={false}
        rowClassName={(i) => (i.overdue ? 'row-overdue' : '')}
        locale={{ emptyText: t('lending.empty') }}
        columns={[
          { title: t('lending.kind'), dataIndex: 'kind', width: 80, render: (k: string) => kindLabel(k) },
          { title: t('lending.label'), dataIndex: 'label' },
          { title: t('lending.where'), dataIndex: 'where' },
          {
            title: t('lending.status'),
            render: (_, i) => (
              <div className="loan-lines">
                {i.loans.map((l) => (
                  <div key={l.id} className="loan-line">
                    {l.overdue && <Tag className="tag-overdue">{t('lending.overdue')}</Tag>}
                    <span>{t('lending.out', { borrower: l.borrower, phone: l.phone, due: formatTime(l.dueAt) })}</span>
                    <Button size="small" onClick={() => void giveBack(l.id)}>
                      {t('lending.returnIt')}
                    </Button>
                  </div>
                ))}
                {i.available > 0 && <Tag className="tag-good">{t('lending.available', { count: i.available })}</Tag>}
              </div>
            ),
          },
          {
            title: t('waiting.actions'),
            key: 'actions',
            width: 150,
            render: (_, i) => (
              <Space size={4}>
                <Button size="small" type="primary" disabled={i.available <= 0} onClick={() => setLending(i)}>
                  {t('lending.lend')}
                </Button>
                {/* Only what is all on the board can go; keys.remove refuses the rest anyway. */}
                {i.loans.length === 0 && (
                  <Popconfirm
                    title={t('lending.removeConfirm', { label: i.label })}
                    okText={ts('common.remove')}
                    cancelText={ts('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(i)}
                  >
                    <Button size="small" danger type="text" aria-label={`${ts('common.remove')} ${i.label}`}>
                      {ts('common.remove')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <LendDialog item={lending} onClose={() => setLending(null)} />
      <ItemDialog open={adding} kinds={kinds.map((k) => ({ id: k.id, label: kindLabel(k.id) }))} onClose={() => setAdding(false)} />
    </section>
  );
}
