import { InputNumber, Table } from 'antd';
import { useTranslation } from 'react-i18next';

export interface CountRow {
  item: string;
  expected: number;
  counted: number | null;
}

/** The count list: expected vs counted, a difference shown in red so nobody signs past it. */
export function InventoryTable({ rows, onCount }: { rows: CountRow[]; onCount?(item: string, n: number | null): void }) {
  const { t } = useTranslation('handover');
  return (
    <Table<CountRow>
      rowKey="item"
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.counted !== null && r.counted !== r.expected ? 'count-differs' : '')}
      columns={[
        { title: t('draft.item'), dataIndex: 'item' },
        { title: t('draft.expected'), dataIndex: 'expected', align: 'right', width: 90 },
        {
          title: t('draft.counted'),
          dataIndex: 'counted',
          align: 'right',
          width: 120,
          render: (n: number | null, r) =>
            onCount ? (
              <InputNumber
                size="small"
                min={0}
                max={9999}
                precision={0}
                value={n}
                aria-label={t('draft.countedFor', { item: r.item })}
                onChange={(v) => onCount(r.item, typeof v === 'number' ? v : null)}
              />
            ) : (
              (n ?? '—')
            ),
        },
        {
          title: t('draft.diff'),
          key: 'diff',
          align: 'right',
          width: 90,
          render: (_, r) => (r.counted === null ? '' : <span className={r.counted === r.expected ? '' : 'diff-bad'}>{fmtDiff(r.counted - r.expected)}</span>),
        },
      ]}
    />
  );
}

export const fmtDiff = (d: number) => (d > 0 ? `+${d}` : String(d));
