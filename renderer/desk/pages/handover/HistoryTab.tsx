import { useEffect, useState } from 'react';
import { Button, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { invoke } from '../../../api/client';
import type { StoredHandover } from '../../../stores/handover';
import { printView } from '../../print';
import { fmtDiff } from './InventoryTable';
import { HandoverDetail } from './HandoverDetail';

const at = (ms: number | null) => (ms ? dayjs(ms).format('MM-DD HH:mm') : '');

/** Past handovers, newest first; a row opens to the full record and prints as the A4 report. */
export function HistoryTab({ version }: { version: number }) {
  const { t } = useTranslation('handover');
  const [list, setList] = useState<StoredHandover[]>([]);
  useEffect(() => {
    void invoke('handover.list', { limit: 60 }).then((a) => a.ok && setList(a.value));
  }, [version]);

  return (
    <section className="panel">
      <Table<StoredHandover>
        rowKey="id"
        size="middle"
        dataSource={list}
        pagination={false}
        locale={{ emptyText: t('history.empty') }}
        expandable={{ expandedRowRender: (h) => <HandoverDetail h={h} /> }}
        columns={[
          { title: t('history.submittedAt'), dataIndex: 'submittedAt', render: at },
          { title: t('history.from'), dataIndex: 'fromName' },
          { title: t('history.to'), dataIndex: 'toName', render: (n: string | null) => n ?? <Tag color="warning">{t('history.pending')}</Tag> },
          { title: t('history.acknowledgedAt'), dataIndex: 'acknowledgedAt', render: at },
          {
            title: t('history.differences'),
            key: 'diff',
            render: (_, h) => {
              const off = h.inventory.filter((i) => i.counted !== null && i.counted !== i.expected);
              return off.length ? off.map((i) => `${i.item} ${fmtDiff(i.counted! - i.expected)}`).join('，') : t('history.none');
            },
          },
          {
            title: '',
            key: 'print',
            width: 100,
            render: (_, h) => (
              <Button size="small" icon={<PrinterOutlined />} onClick={() => void printView({ view: 'handover', query: { id: h.id }, target: 'report', dialog: true })}>
                {t('history.print')}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
