import { useEffect, useState } from 'react';
import type { Report } from '../../../core/reports/build';
import { fetchReport } from '../../desk/pages/reports/ReportsPage';
import { ReportView } from '../../desk/pages/reports/ReportView';
import type { PrintViewProps } from '../views';

/** The daily or weekly report on A4 (`?kind=daily|weekly&day=YYYY-MM-DD`), charts without animation. */
export function ReportSheet({ onReady }: PrintViewProps) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const q = new URLSearchParams(location.search);
    const kind = q.get('kind') === 'weekly' ? 'weekly' : 'daily';
    void fetchReport(kind, q.get('day') ?? '').then((a) => (a.ok ? setReport(a.value) : setError(a.error.message)));
  }, []);
  useEffect(() => {
    if (report) onReady();
  }, [report, onReady]);
  if (error) return <p className="print-error" role="alert">{error}</p>;
  if (!report) return null;
  return (
    <article className="print-sheet report-print">
      <h1>{report.title}</h1>
      <ReportView report={report} animate={false} />
    </article>
  );
}
