import { Badge, Empty, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { placeOf } from '../../../print/views/slip/SlipCopy';
import type { Summary } from './useWorkOrders';

const COLUMNS = ['new', 'dispatched', 'arrived', 'completed', 'rework'] as const;

/** One card: what the desk needs to recognise the order at a glance. Enter or click opens it. */
export function OrderCard({ o, onOpen }: { o: Summary; onOpen(id: string): void }) {
  const { t } = useTranslation('workorders');
  return (
    <button type="button" className={`wo-card${o.priority === 'urgent' ? ' wo-card-urgent' : ''}`} onClick={() => onOpen(o.id)}>
      <span className="wo-card-head">
        <strong>{placeOf(o)}</strong>
        <span className="wo-card-number">{o.number}</span>
      </span>
      <span className="wo-card-desc">
        {o.category} · {o.description}
      </span>
      <span className="wo-card-foot">
        {o.priority === 'urgent' && <Tag color="red">{t('priority.urgent')}</Tag>}
        {o.openConflicts > 0 && <Tag color="orange">{t('tabs.conflicts')}</Tag>}
        <span>{o.workerName ?? o.reporterName}</span>
        <span className="wo-card-time">{dayjs(o.dispatchedAt ?? o.createdAt).format('MM-DD HH:mm')}</span>
      </span>
    </button>
  );
}

/** The open orders by status, urgent first inside each column. */
export function Board({ orders, onOpen }: { orders: Summary[]; onOpen(id: string): void }) {
  const { t } = useTranslation('workorders');
  return (
    <div className="wo-board">
      {COLUMNS.map((status) => {
        const list = orders
          .filter((o) => o.status === status)
          .sort((a, b) => (a.priority === b.priority ? b.createdAt - a.createdAt : a.priority === 'urgent' ? -1 : 1));
        return (
          <section key={status} className="wo-column" aria-label={t(`status.${status}`)}>
            <h2 className="wo-column-title">
              {t(`status.${status}`)} <Badge count={list.length} showZero color="#5b6472" />
            </h2>
            {list.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
            ) : (
              list.map((o) => <OrderCard key={o.id} o={o} onOpen={onOpen} />)
            )}
          </section>
        );
      })}
    </div>
  );
}
