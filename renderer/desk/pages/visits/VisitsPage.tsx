import { Button, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
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
            items={[
              { key: 'onSite', label: t('desk.onSite', { n: data.onSite.length }), children: <OnSiteTable rows={data.onSite} /> },
              { key: 'today', label: t('desk.today'), children: <VisitList rows={data.today} /> },
              { key: 'appointments', label: t('desk.appointments'), children: <AppointmentList rows={data.appointments} /> },
              { key: 'search', label: t('desk.search'), children: <SearchPanel /> },
              { key: 'blocklist', label: t('desk.blocklist'), children: <BlocklistPanel rows={data.blocklist} /> },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
