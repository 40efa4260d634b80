import { useCallback, useEffect, useRef, useState } from 'react';
import { App as AntApp, Badge, Button, Input, Tabs, type InputRef } from 'antd';
import { PlusOutlined, PrinterOutlined, ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SlipTemplate } from '../../../../core/workorders/schemas';
import { invoke } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { useNav } from '../../../stores/nav';
import { useHotkey } from '../../hotkeys';
import { Board } from './Board';
import { FollowUpList } from './FollowUpList';
import { NewOrderForm, PREFILL_KEY, takePrefill } from './NewOrderForm';
import { OrderDrawer } from './OrderDrawer';
import { printView } from '../../print';
import { takePendingNewOrder } from './newOrderKey';
import { useWorkOrders, type Detail, type Summary } from './useWorkOrders';
import './workorders.css';

type Prefill = Parameters<typeof NewOrderForm>[0]['prefill'];

/** 报修派工: the board of open orders, the follow-up lists, the scan box and the selected order. */
export function WorkOrdersPage() {
  const { t } = useTranslation('workorders');
  const { message } = AntApp.useApp();
  const { open, follow, rework, reload } = useWorkOrders();
  const [formOpen, setFormOpen] = useState(false);
  const [prefill, setPrefill] = useState<Prefill>(null);
  const [selected, setSelected] = useState<Detail | null>(null);
  const [template, setTemplate] = useState<SlipTemplate>('a4');
  const [scan, setScan] = useState('');
  const [found, setFound] = useState<Summary[] | null>(null);
  const scanRef = useRef<InputRef>(null);

  const openForm = useCallback(() => {
    setPrefill(takePrefill());
    setFormOpen(true);
  }, []);
  useHotkey('workorders.new', openForm);

  // The calls page leaves a 报修 call behind and comes here: the form opens with it filled in.
  // F4 pressed on another page lands here too, and opens the form the same way.
  useEffect(() => {
    if (takePendingNewOrder() || sessionStorage.getItem(PREFILL_KEY) !== null) openForm();
    void invoke('settings.get').then((a) => a.ok && setTemplate(a.value['workOrders.slipTemplate']));
  }, [openForm]);

  const openOrder = useCallback(
    async (id: string) => {
      const a = await invoke('workOrders.get', { id });
      if (a.ok) setSelected(a.value);
      else void message.error(a.error.message);
    },
    [message],
  );

  // An order picked in the global search (Ctrl+K) opens here, once.
  const focusId = useNav((st) => (st.focus?.section === 'workorders' ? st.focus.id : null));
  useEffect(() => {
    const focus = focusId ? useNav.getState().takeFocus('workorders') : null;
    if (focus) void openOrder(focus.id);
  }, [focusId, openOrder]);

  // A USB scanner types the slip number and Enter, like a person would. What is not a slip number
  // is searched (phone tail, reporter, flat, words): one match opens, several are listed.
  const onScan = async () => {
    const q = scan.trim();
    if (!q) return;
    const a = await invoke('workOrders.scan', { number: q });
    if (a.ok) {
      setSelected(a.value);
      setScan('');
      setFound(null);
      return;
    }
    const s = await invoke('workOrders.search', { q: q.slice(0, 60) });
    if (s.ok && s.value.length === 1) {
      setFound(null);
      return void openOrder(s.value[0].id);
    }
    if (s.ok && s.value.length > 1) return setFound(s.value);
    void message.error(a.error.message);
    scanRef.current?.select();
  };

  const count = (n: number | undefined) => <Badge count={n ?? 0} size="small" offset={[6, -2]} color="#b42318" />;
  const onChange = (d: Detail) => {
    setSelected(d);
    void reload();
  };

  return (
    <div className="wo-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <>
            <Input
              ref={scanRef}
              className="wo-scan"
              prefix={<ScanOutlined aria-hidden />}
              aria-label={t('scan')}
              placeholder={t('scan')}
              title={t('scanHint')}
              value={scan}
              onChange={(e) => setScan(e.target.value)}
              onPressEnter={() => void onScan()}
              maxLength={40}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={openForm}>
              {t('newOrder')} <kbd>F4</kbd>
            </Button>
          </>
        }
      />
      {found && (
        <section className="panel wo-found" aria-label={t('searchResults', { count: found.length })}>
          <div className="panel-head">
            <strong>{t('searchResults', { count: found.length })}</strong>
            <Button size="small" onClick={() => setFound(null)}>
              {t('closeResults')}
            </Button>
          </div>
          <FollowUpList rows={found} empty={t('empty')} onOpen={(id) => void openOrder(id)} />
        </section>
      )}
      <Tabs
        items={[
          { key: 'board', label: t('tabs.board'), children: <Board orders={open} onOpen={(id) => void openOrder(id)} /> },
          {
            key: 'arrival',
            label: <>{t('tabs.arrival')}{count(follow?.arrivalChecks.length)}</>,
            children: <FollowUpList rows={follow?.arrivalChecks ?? []} empty={t('follow.arrivalEmpty')} onOpen={(id) => void openOrder(id)} />,
          },
          {
            key: 'callbacks',
            label: <>{t('tabs.callbacks')}{count(follow?.callbacksDue.length)}</>,
            children: <FollowUpList rows={follow?.callbacksDue ?? []} empty={t('follow.callbacksEmpty')} onOpen={(id) => void openOrder(id)} />,
          },
          {
            key: 'rework',
            label: <>{t('tabs.rework')}{count(rework?.items.length)}</>,
            children: (
              <>
                <Button icon={<PrinterOutlined />} className="panel-note" onClick={() => void printView({ view: 'rework-report', query: { id: rework?.day ?? '' }, target: 'report' })}>
                  {t('follow.printReport')}
                </Button>
                <FollowUpList rows={rework?.items.map((i) => i.order) ?? []} empty={t('follow.reworkEmpty')} onOpen={(id) => void openOrder(id)} />
              </>
            ),
          },
          {
            key: 'slips',
            label: <>{t('tabs.slips')}{count(follow?.slipsOut.length)}</>,
            children: <FollowUpList rows={follow?.slipsOut ?? []} empty={t('follow.slipsEmpty')} onOpen={(id) => void openOrder(id)} />,
          },
          {
            key: 'conflicts',
            label: <>{t('tabs.conflicts')}{count(follow?.conflicts.length)}</>,
            children: <FollowUpList rows={follow?.conflicts ?? []} empty={t('follow.conflictsEmpty')} onOpen={(id) => void openOrder(id)} />,
          },
        ]}
      />
      <NewOrderForm
        open={formOpen}
        prefill={prefill}
        onClose={() => setFormOpen(false)}
        onCreated={(id) => {
          setFormOpen(false);
          void reload();
          void openOrder(id);
        }}
      />
      <OrderDrawer order={selected} onClose={() => setSelected(null)} onChange={onChange} template={template} setTemplate={setTemplate} />
    </div>
  );
}
