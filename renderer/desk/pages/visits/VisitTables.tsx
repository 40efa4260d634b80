import { App as AntApp, Button, Empty, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { invoke } from '../../../api/client';
import { printBadge } from './printing';
import type { Appointment, OnSiteRow, VisitRow } from './useVisitsData';

const hm = (ms: number | null) => (ms ? dayjs(ms).format('HH:mm') : '');

/** Everyone inside now, overdue first, each with sign-out (badge returned or not) and a badge reprint. */
export function OnSiteTable({ rows }: { rows: OnSiteRow[] }) {
  const { t } = useTranslation('visits');
  const { message } = AntApp.useApp();
  const out = async (v: OnSiteRow, badgeReturned: boolean) => {
    const a = await invoke('visits.checkOut', { visitId: v.id, badgeReturned });
    if (a.ok) void message.success(t('desk.signedOut', { name: v.visitorName }));
    else void message.error(a.error.message);
  };
  const sorted = [...rows].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.arrivedAt - b.arrivedAt);
  const columns: ColumnsType<OnSiteRow> = [
    { title: t('desk.col.badge'), dataIndex: 'badgeNo' },
    { title: t('desk.col.name'), render: (_, v) => <>{v.visitorName} {v.overdue && <Tag color="red">{t('desk.overdue')}</Tag>}</> },
    { title: t('desk.col.phone'), dataIndex: 'phoneMasked' },
    { title: t('desk.col.host'), dataIndex: 'hostName' },
    { title: t('desk.col.party'), dataIndex: 'partySize', width: 60 },
    { title: t('desk.col.arrived'), render: (_, v) => hm(v.arrivedAt), width: 70 },
    { title: t('desk.col.stay'), render: (_, v) => t('desk.minutes', { n: v.minutesOnSite }), width: 90 },
    {
      title: '',
      width: 250,
      // Pinned, so sign-out stays in reach when a narrow desk screen scrolls the table sideways.
      fixed: 'right',
      render: (_, v) => (
        <Space>
          <Button type="primary" size="small" onClick={() => void out(v, true)} aria-label={`${t('desk.checkOut')} ${v.visitorName ?? ''}`}>
            {t('desk.checkOut')}
          </Button>
          <Button size="small" onClick={() => void out(v, false)}>
            {t('desk.checkOutNoBadge')}
          </Button>
          <Button size="small" onClick={() => printBadge(v.id)}>
            {t('desk.printBadge')}
          </Button>
        </Space>
      ),
    },
  ];
  return <Table rowKey="id" size="small" scroll={{ x: 'max-content' }} pagination={false} columns={columns} dataSource={sorted} locale={{ emptyText: <Empty description={t('desk.onSiteEmpty')} /> }} />;
}

/** A list of visits (today's, or search results): who, whom, when in and out, badge back or not. */
export function VisitList({ rows, marked }: { rows: VisitRow[]; marked?: string }) {
  const { t } = useTranslation('visits');
  const columns: ColumnsType<VisitRow> = [
    { title: t('desk.col.badge'), dataIndex: 'badgeNo', width: 150 },
    { title: t('desk.col.name'), dataIndex: 'visitorName' },
    { title: t('desk.col.phone'), dataIndex: 'phoneMasked' },
    { title: t('desk.col.host'), dataIndex: 'hostName' },
    { title: t('desk.col.purpose'), render: (_, v) => t(`purpose.${v.purpose as 'other'}`) },
    { title: t('desk.col.arrived'), render: (_, v) => dayjs(v.arrivedAt).format('MM-DD HH:mm') },
    { title: t('desk.col.departed'), render: (_, v) => hm(v.departedAt) },
    { title: t('desk.col.returned'), render: (_, v) => (v.badgeReturned === false ? <Tag color="orange">{t('desk.badgeMissing')}</Tag> : null) },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      pagination={false}
      columns={columns}
      dataSource={rows}
      rowClassName={(v) => (v.id === marked ? 'row-marked' : '')}
      locale={{ emptyText: <Empty description={t('desk.empty')} /> }}
    />
  );
}

export function AppointmentList({ rows }: { rows: Appointment[] }) {
  const { t } = useTranslation('visits');
  const columns: ColumnsType<Appointment> = [
    { title: t('desk.col.expected'), render: (_, a) => hm(a.expectedAt), width: 80 },
    { title: t('desk.col.name'), dataIndex: 'visitorName' },
    { title: t('desk.col.phone'), dataIndex: 'phoneMasked' },
    { title: t('desk.col.host'), dataIndex: 'hostName' },
    { title: t('desk.col.code'), dataIndex: 'code' },
    { title: '', render: (_, a) => (a.visitId ? <Tag color="green">{t('desk.arrivedYes')}</Tag> : null) },
  ];
  return <Table rowKey="id" size="small" scroll={{ x: 'max-content' }} pagination={false} columns={columns} dataSource={rows} locale={{ emptyText: <Empty description={t('desk.empty')} /> }} />;
}
