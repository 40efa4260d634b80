import { useState } from 'react';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client';
import { VisitList } from './VisitTables';
import type { VisitRow } from './useVisitsData';

/** Search the register as you type: pinyin initials, phone or its last four, company. */
export function SearchPanel() {
  const { t } = useTranslation('visits');
  const [rows, setRows] = useState<VisitRow[]>([]);
  const run = async (q: string) => {
    const a = await invoke('visits.search', { q: q.trim() || undefined, pageSize: 50 });
    if (a.ok) setRows(a.value.visits);
  };
  return (
    <>
      <Input.Search allowClear placeholder={t('desk.searchHint')} aria-label={t('desk.search')} onSearch={(q) => void run(q)} onChange={(e) => void run(e.target.value)} style={{ marginBottom: 12 }} />
      <VisitList rows={rows} />
    </>
  );
}
