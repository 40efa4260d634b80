import { useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Descriptions, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { formatTime } from './time';

type Parcel = ProcOutput<'parcels.search'>[number];

/** The recipient says the code; the desk finds the parcel, hands it over and signs it out. */
export function PickUpBox({ preset, onDone }: { preset?: Parcel | null; onDone?: () => void }) {
  const { t } = useTranslation('parcels');
  const { message } = AntApp.useApp();
  const [code, setCode] = useState('');
  const [parcel, setParcel] = useState<Parcel | null>(preset ?? null);
  const [by, setBy] = useState(preset?.recipientName ?? '');
  const [idChecked, setIdChecked] = useState(!!preset);
  const [error, setError] = useState<string | null>(null);

  const find = async () => {
    setError(null);
    const a = await invoke('parcels.search', { q: code || ' ' });
    const hit = a.ok ? a.value.find((p) => p.code === code.trim() && p.status === 'waiting') : undefined;
    if (!hit) {
      setParcel(null);
      setError(a.ok ? t('pickup.notFound') : a.error.message);
      return;
    }
    setParcel(hit);
    setBy(hit.recipientName);
  };

  const confirm = async () => {
    if (!parcel) return;
    const check = idChecked && !code ? { idChecked: true } : { pickupCode: code.trim() };
    const a = await invoke('parcels.pickUp', { id: parcel.id, pickedUpBy: by, ...check });
    if (!a.ok) {
      setError(a.error.issues?.map((i) => i.message).join('；') || a.error.message);
      return;
    }
    void message.success(t('pickup.done', { name: by }));
    setParcel(null);
    setCode('');
    setError(null);
    onDone?.();
  };

  return (
    <div className="pickup-box">
      {!preset && (
        <Space.Compact className="pickup-find">
          <Input
            aria-label={t('pickup.code')}
            placeholder={t('pickup.code')}
            inputMode="numeric"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            onPressEnter={() => void find()}
          />
          <Button onClick={() => void find()}>{t('pickup.find')}</Button>
        </Space.Compact>
      )}
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      {parcel && (
        <div className="pickup-found">
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'r', label: t('waiting.recipient'), children: parcel.recipientName },
              { key: 'n', label: t('waiting.trackingNo'), children: `${t(`couriers.${parcel.courier}` as 'couriers.sf')} ${parcel.trackingNo}` },
              { key: 's', label: t('waiting.shelf'), children: parcel.shelf ?? '—' },
              { key: 'a', label: t('waiting.receivedAt'), children: formatTime(parcel.receivedAt) },
            ]}
          />
          <label className="field-label" htmlFor="picked-up-by">
            {t('pickup.pickedUpBy')}
          </label>
          <Input id="picked-up-by" value={by} onChange={(e) => setBy(e.target.value)} onPressEnter={() => void confirm()} />
          {preset && (
            <Checkbox checked={idChecked} onChange={(e) => setIdChecked(e.target.checked)}>
              {t('pickup.idChecked')}
            </Checkbox>
          )}
          <Button type="primary" onClick={() => void confirm()} className="panel-action">
            {t('pickup.confirm')}
          </Button>
        </div>
      )}
    </div>
  );
}
