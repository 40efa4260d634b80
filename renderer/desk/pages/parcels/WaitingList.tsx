import { useState } from 'react';
import { App as AntApp, Button, Dropdown, Input, Modal, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { PickUpBox } from './PickUpBox';
import { printParcelSlip } from './print';
import { formatTime } from './time';
import { useLive } from './useLive';

type Parcel = ProcOutput<'parcels.list'>[number];
const CHANNELS = ['phone', 'sms', 'wechat', 'in_person'] as const;
const DAY = 86_400_000;

/** Parcels on the shelf, what needs action first: due for return (red), to remind again (amber). */
export function WaitingList() {
  const { t } = useTranslation('parcels');
  const { message } = AntApp.useApp();
  const { value, reload } = useLive('parcels.list', { status: 'waiting' }, ['parcels']);
  const [handing, setHanding] = useState<Parcel | null>(null);
  const [returning, setReturning] = useState<Parcel | null>(null);
  const [reason, setReason] = useState('');

  const answer = async (a: { ok: boolean; error?: { message: string } }, done: string) => {
    if (a.ok) void message.success(done);
    else void message.error(a.error!.message);
    await reload();
  };

  const state = (p: Parcel) => (
    <span className="tags">
      {p.returnDue && <Tag className="tag-overdue">{t('waiting.returnDue', { days: Math.floor((p.returnAt - p.receivedAt) / DAY) })}</Tag>}
      {p.remind && <Tag className="tag-due-soon">{t('waiting.remind')}</Tag>}
      <Tag>{p.notifyCount > 0 ? t('waiting.notified', { count: p.notifyCount }) : t('waiting.notNotified')}</Tag>
    </span>
  );

  return (
    <section className="panel" aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="panel-title ant-typography">
        {t('waiting.title')}
        {value && <span className="count-badge">{value.length}</span>}
      </h2>
      <Table<Parcel>
        rowKey="id"
        size="small"
        className="parcels-table"
        loading={value === null}
        dataSource={value ?? []}
        pagination={(value?.length ?? 0) > 30 ? { pageSize: 30 } : false}
        rowClassName={(p) => (p.returnDue ? 'row-overdue' : p.remind ? 'row-due-soon' : '')}
        locale={{ emptyText: t('waiting.empty') }}
        columns={[
          { title: t('waiting.receivedAt'), dataIndex: 'receivedAt', render: (ms: number) => formatTime(ms) },
          { title: t('waiting.recipient'), dataIndex: 'recipientName' },
          { title: t('waiting.trackingNo'), className: 'cell-wrap', render: (_, p) => `${t(`couriers.${p.courier}` as 'couriers.sf')} ${p.trackingNo}` },
          { title: t('waiting.shelf'), dataIndex: 'shelf' },
          { title: t('waiting.code'), dataIndex: 'code' },
          { title: t('waiting.state'), className: 'cell-wrap', render: (_, p) => state(p) },
          {
            title: t('waiting.actions'),
            key: 'actions',
            render: (_, p) => (
              <span className="row-actions">
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: CHANNELS.map((c) => ({ key: c, label: t(`channels.${c}`) })),
                    onClick: ({ key }) =>
                      void invoke('parcels.notify', { id: p.id, channel: key as (typeof CHANNELS)[number] }).then((a) => answer(a, t('waiting.notifiedDone'))),
                  }}
                >
                  <Button size="small">{t('waiting.notify')}</Button>
                </Dropdown>
                <Button size="small" type="primary" onClick={() => setHanding(p)}>
                  {t('waiting.pickUp')}
                </Button>
                <Button
                  size="small"
                  danger={p.returnDue}
                  onClick={() => {
                    setReason(t('waiting.returnDefault'));
                    setReturning(p);
                  }}
                >
                  {t('waiting.returnIt')}
                </Button>
                <Button size="small" icon={<PrinterOutlined />} aria-label={t('waiting.print')} onClick={() => printParcelSlip(p.id)} />
              </span>
            ),
          },
        ]}
      />
      <Modal open={!!handing} title={t('pickup.title')} footer={null} onCancel={() => setHanding(null)} destroyOnHidden>
        {handing && <PickUpBox preset={handing} onDone={() => setHanding(null)} />}
      </Modal>
      <Modal
        open={!!returning}
        title={t('waiting.returnIt')}
        okText={t('waiting.returnIt')}
        onCancel={() => setReturning(null)}
        onOk={async () => {
          const a = await invoke('parcels.return', { id: returning!.id, reason });
          if (a.ok) setReturning(null);
          await answer(a, t('waiting.returned'));
        }}
      >
        <label className="field-label" htmlFor="return-reason">
          {t('waiting.returnReason')}
        </label>
        <Input id="return-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </section>
  );
}
