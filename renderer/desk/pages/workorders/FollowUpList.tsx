import { Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { placeOf } from '../../../print/views/slip/SlipCopy';
import { StatusTag } from './OrderDrawer';
import type { Summary } from './useWorkOrders';

type Row = Summary & { dueAt?: number; urgency?: 'overdue' | 'soon' };

/** A follow-up list: what needs action first (overdue in red, due soon in amber), a plain line when empty. */
export function FollowUpList({ rows, empty, onOpen }: { rows: Row[]; empty: string; onOpen(id: string): void }) {
  const { t } = useTranslation('workorders');
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: empty }}
      rowClassName={(r) => (r.urgency === 'overdue' ? 'row-overdue' : r.urgency === 'soon' ? 'row-soon' : '')}
      onRow={(r) => ({ onClick: () => onOpen(r.id), onKeyDown: (e) => e.key === 'Enter' && onOpen(r.id), tabIndex: 0 })}
      columns={[
        { title: t('slip.number'), dataIndex: 'number', width: 170 },
        { title: t('field.place'), render: (_, r) => placeOf(r) },
        { title: t('field.description'), render: (_, r) => `${r.category} · ${r.description}`, ellipsis: true },
        { title: t('field.worker'), dataIndex: 'workerName', width: 90 },
        { title: t('field.reporterPhone'), dataIndex: 'reporterPhone', width: 120 },
        { title: t('field.status'), dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} label={t(`status.${s}` as 'status.new')} /> },
        {
          title: t('field.dueAt'),
          width: 150,
          render: (_, r) =>
            r.dueAt ? (
              <span className={r.urgency === 'overdue' ? 'text-overdue' : 'text-soon'}>
                {r.urgency === 'overdue' ? t('follow.overdue') : t('follow.soon')} · {dayjs(r.dueAt).format('MM-DD HH:mm')}
              </span>
            ) : null,
        },
      ]}
    />
  );
}
