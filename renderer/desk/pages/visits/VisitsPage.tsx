import { useEffect, useState } from 'react';
import { Button, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useNav } from '../../../stores/nav';
import { useSession } from '../../../stores/session';
import { BlocklistPanel } from './BlocklistPanel';
import { CheckInForm } from './CheckInForm';
import { printRollCall } from './printing';
import { PreRegisterButton } from './PreRegisterForm';
import { ExportButton, RefusedButton, RetentionButton } from './RegisterDuties';
import { SearchPanel } from './SearchPanel';
import { AppointmentList, OnSiteTable, VisitList } from './VisitTables';
import { useVisitsData } from './useVisitsData';

/** 访客登记: the quick form on the left, who is inside (and today, expected, search, blocklist) on the right. */
export function VisitsPage() {
  const { t } = useTranslation('visits');
  const data = useVisitsData();
  const isSupervisor = useSession((s) => s.staff?.role === 'supervisor');
  const [tab, setTab] = useState('onSite');
  const [found, setFound] = useState<{ q: string; id: string } | null>(null);
  // A visit picked in the global search (Ctrl+K) opens in the register's search, on its name.
  const focused = useNav((st) => st.focus?.section === 'visits');
  useEffect(() => {
    const focus = focused ? useNav.getState().takeFocus('visits') : null;
    if (!focus) return;
    setFound({ q: focus.q ?? '', id: focus.id });
    setTab('search');
  }, [focused]);
  return (
    <div className="page">
      <PageHeader
        title={t('desk.title')}
        subtitle={t('desk.subtitle')}
        extra={
          <>
            <PreRegisterButton hosts={data.hosts} />
            <RefusedButton />
            <ExportButton />
            {/* The retention period is a site rule: only the supervisor may change it. */}
            {isSupervisor && <RetentionButton />}
            <Button onClick={printRollCall}>{t('desk.rollCall')}</Button>
          </>
        }
      />
      <div className="visits-layout" style={{ display: 'grid', gridTemplateColumns: 'minmax(320px, 420px) minmax(0, 1fr)', gap: 16, alignItems: 'start' }}>
        <Card title={t('desk.form')} size="small">
          <CheckInForm hosts={data.hosts} />
        </Card>
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'onSite', label: t('desk.onSite', { n: data.onSite.length }), children: <OnSiteTable rows={data.onSite} /> },
              { key: 'today', label: t('desk.today'), children: <VisitList rows={data.today} /> },
              { key: 'appointments', label: t('desk.appointments'), children: <AppointmentList rows={data.appointments} /> },
              { key: 'search', label: t('desk.search'), children: <SearchPanel initial={found} /> },
              { key: 'blocklist', label: t('desk.blocklist'), children: <BlocklistPanel rows={data.blocklist} /> },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
