import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button } from 'antd';
import { PhoneOutlined, ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { useNav } from '../../../stores/nav';
import '../../../styles/calls.css';
import { CallForm } from './CallForm';
import { KpiStrip, OpenCases, OpenMessages, TodayCalls } from './Lists';
import { ResidentsImport } from './ResidentsImport';
import { useCalls } from './store';

/** Where the work-order page picks up a 报修 call (a Partial of workOrders.create's input). */
export const WORKORDER_PREFILL_KEY = 'frontdesk.workorders.prefill';

/** The phone log: figures, today's calls, what is still open, and the call form on F2. */
export function CallsPage() {
  const { t } = useTranslation('calls');
  const { message } = AntApp.useApp();
  const openForm = useCalls((s) => s.openForm);
  const go = useNav((s) => s.go);
  const [repair, setRepair] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => useCalls.getState().watch(), []);
  const onSaved = useCallback((c: { id: string; reason: string; name: string }) => setRepair(c.reason === 'repair' ? c : null), []);

  const createWorkOrder = async () => {
    if (!repair) return;
    const a = await invoke('calls.get', { id: repair.id });
    if (!a.ok) return void message.error(a.error.message);
    sessionStorage.setItem(WORKORDER_PREFILL_KEY, JSON.stringify(a.value.workOrder ?? {}));
    setRepair(null);
    go('workorders');
  };

  return (
    <div className="calls-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <Button type="primary" icon={<PhoneOutlined />} onClick={openForm}>
            {t('newCall')} <kbd>F2</kbd>
          </Button>
        }
      />
      <KpiStrip />
      {repair && (
        <Alert
          type="info"
          showIcon
          className="calls-offer"
          title={`${repair.name}：${t('form.workOrderOffer')}`}
          action={
            <Button type="primary" icon={<ToolOutlined />} onClick={() => void createWorkOrder()}>
              {t('form.createWorkOrder')}
            </Button>
          }
          closable={{ onClose: () => setRepair(null) }}
        />
      )}
      <div className="calls-grid">
        <TodayCalls />
        <div className="calls-side">
          <OpenMessages />
          <OpenCases />
        </div>
      </div>
      <ResidentsImport />
      <CallForm onSaved={onSaved} />
    </div>
  );
}
