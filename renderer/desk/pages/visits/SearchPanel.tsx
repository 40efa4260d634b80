import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client';
import { VisitList } from './VisitTables';
import type { VisitRow } from './useVisitsData';

/**
 * Search the register as you type: pinyin initials, phone or its last four, company. The global
 * search opens it on a name (`initial.q`) with the chosen visit marked.
 */
export function SearchPanel({ initial }: { initial?: { q: string; id: string } | null }) {
  const { t } = useTranslation('visits');
  const [q, setQ] = useState(initial?.q ?? '');
  const [rows, setRows] = useState<VisitRow[]>([]);
  const run = async (text: string) => {
    const a = await invoke('visits.search', { q: text.trim() || undefined, pageSize: 50 });
    if (a.ok) setRows(a.value.visits);
  };
  useEffect(() => {
    if (!initial) return;
    setQ(initial.q);
    void run(initial.q);
  }, [initial]);
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('desk.searchHint')}
        aria-label={t('desk.search')}
        value={q}
        onSearch={(text) => void run(text)}
        onChange={(e) => {
          setQ(e.target.value);
          void run(e.target.value);
        }}
        style={{ marginBottom: 12 }}
      />
      <VisitList rows={rows} marked={initial?.id} />
    </>
  );
}
