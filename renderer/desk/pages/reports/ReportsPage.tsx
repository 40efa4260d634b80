import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Segmented, Spin } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { Report } from '../../../../core/reports/build';
import { invoke } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../stores/session';
import { downloadBase64 } from '../../../components/download';
import { printView } from '../../print';
import { ReportView } from './ReportView';
import '../../../styles/reports.css';

type Kind = 'daily' | 'weekly';

/** Monday of the week `d` falls in (the desk's weeks start on Monday, as in China). */
export const monday = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day');

export async function fetchReport(kind: Kind, day: string) {
  return kind === 'daily' ? invoke('reports.daily', { date: day }) : invoke('reports.weekly', { weekStart: day });
}

/** 报表: the day's or the week's figures, charted; printable and exported to Excel. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const { message } = AntApp.useApp();
  const supervisor = useSession((s) => s.staff?.role === 'supervisor');
  const [kind, setKind] = useState<Kind>('daily');
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = (kind === 'weekly' ? monday(day) : day).format('YYYY-MM-DD');

  const load = useCallback(async () => {
    setReport(null);
    const a = await fetchReport(kind, first);
    if (a.ok) {
      setReport(a.value);
      setError(null);
    } else setError(a.error.message);
  }, [kind, first]);
  useEffect(() => void load(), [load]);

  const exportXlsx = async () => {
    const a = await invoke('reports.export', kind === 'daily' ? { kind, date: first } : { kind, weekStart: first });
    if (!a.ok) return void message.error(a.error.message);
    downloadBase64(a.value.filename, a.value.base64);
    void message.success(t('exported', { file: a.value.filename }));
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={report ? `${report.title} · ${t('generated', { at: dayjs(report.generatedAt).format('MM-DD HH:mm') })}` : undefined}
        extra={
          <>
            <Segmented<Kind>
              value={kind}
              onChange={setKind}
              options={[
                { value: 'daily', label: t('daily') },
                { value: 'weekly', label: t('weekly'), disabled: !supervisor },
              ]}
            />
            <DatePicker
              value={day}
              onChange={(d) => d && setDay(d)}
              picker={kind === 'weekly' ? 'week' : 'date'}
              allowClear={false}
              aria-label={kind === 'weekly' ? t('weekStart') : t('date')}
            />
            <Button icon={<PrinterOutlined />} onClick={() => void printView({ view: 'report', query: { kind, day: first }, target: 'report', dialog: true })}>
              {t('print')}
            </Button>
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
              {t('export')}
            </Button>
          </>
        }
      />
      {!supervisor && <Alert type="info" showIcon title={t('supervisorOnly')} className="panel-note" />}
      {error && <Alert type="error" showIcon title={error} />}
      {report ? <ReportView report={report} /> : !error && <Spin />}
    </>
  );
}
