import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Alert, App as AntApp, Button, Input, Spin, Typography } from 'antd';
import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { useHandover } from '../../../stores/handover';
import { InventoryTable } from './InventoryTable';
import { MatterGroups } from './MatterGroups';

type Draft = ProcOutput<'handover.draft'>;

/** The outgoing shift's handover: what is open, the count, notes; Ctrl+Enter submits. */
export function DraftTab({ onSubmitted }: { onSubmitted(): void }) {
  const { t } = useTranslation('handover');
  const { message } = AntApp.useApp();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const [matterNotes, setMatterNotes] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const a = await invoke('handover.draft');
    if (a.ok) setDraft(a.value);
    else setError(a.error.message);
  }, []);
  useEffect(() => void load(), [load]);

  const submit = async () => {
    if (!draft || busy) return;
    const missing = draft.inventory.filter((i) => typeof counts[i.item] !== 'number').map((i) => i.item);
    if (missing.length) return setError(t('draft.uncounted', { items: missing.join('、') }));
    setBusy(true);
    const kept = Object.fromEntries(Object.entries(matterNotes).filter(([, v]) => v.trim()));
    const a = await invoke('handover.submit', {
      inventory: draft.inventory.map((i) => ({ item: i.item, counted: counts[i.item] as number })),
      notes: notes.trim() || undefined,
      matterNotes: kept,
    });
    setBusy(false);
    if (!a.ok) return setError(a.error.issues?.[0]?.message ?? a.error.message);
    setError(null);
    setCounts({});
    setMatterNotes({});
    setNotes('');
    void message.success(t('draft.submitted'));
    await Promise.all([load(), useHandover.getState().load()]);
    onSubmitted();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  if (!draft) return error ? <Alert type="error" showIcon title={error} /> : <Spin />;
  const rows = draft.inventory.map((i) => ({ ...i, counted: counts[i.item] ?? null }));
  return (
    <div className="handover-draft" onKeyDown={onKeyDown}>
      <div className="draft-top">
        <Typography.Text type="secondary">{t('draft.subtitle', { since: dayjs(draft.since).format('MM-DD HH:mm') })}</Typography.Text>
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          {t('draft.refresh')}
        </Button>
      </div>
      <div className="draft-columns">
        <section className="panel" aria-labelledby="draft-matters">
          <h2 id="draft-matters" className="panel-title">
            {t('draft.matters')}
          </h2>
          <MatterGroups matters={draft.matters} kinds={draft.kinds} notes={matterNotes} onNote={(k, v) => setMatterNotes((n) => ({ ...n, [k]: v }))} />
        </section>
        <section className="panel" aria-labelledby="draft-count">
          <h2 id="draft-count" className="panel-title">
            {t('draft.inventory')}
          </h2>
          <InventoryTable rows={rows} onCount={(item, n) => setCounts((c) => ({ ...c, [item]: n }))} />
          <label className="draft-notes">
            <span>{t('draft.notes')}</span>
            <Input.TextArea rows={3} maxLength={2000} value={notes} placeholder={t('draft.notesPlaceholder')} onChange={(e) => setNotes(e.target.value)} />
          </label>
          {error && <Alert type="error" showIcon title={error} className="panel-note" />}
          <div className="draft-submit">
            <Typography.Text type="secondary">{t('draft.submitHint')}</Typography.Text>
            <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={() => void submit()}>
              {t('draft.submit')}
            </Button>
          </div>
        </section>
      </div>
    </div>
  );
}
