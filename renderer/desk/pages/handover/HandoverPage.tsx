import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { DraftTab } from './DraftTab';
import { DutyTab } from './DutyTab';
import { HistoryTab } from './HistoryTab';

/** 交接班: this shift's handover, the duty log, and past handovers. */
export function HandoverPage() {
  const { t } = useTranslation('handover');
  const [tab, setTab] = useState('draft');
  // Bumped on submit so the history shows the new handover when opened.
  const [version, setVersion] = useState(0);
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'draft', label: t('tabs.draft'), children: <DraftTab onSubmitted={() => setVersion((v) => v + 1)} /> },
          { key: 'duty', label: t('tabs.duty'), children: <DutyTab /> },
          { key: 'history', label: t('tabs.history'), children: <HistoryTab version={version} /> },
        ]}
      />
    </>
  );
}
