import { useTranslation } from 'react-i18next';
import type { StoredHandover } from '../../../stores/handover';
import { InventoryTable } from './InventoryTable';
import { MatterGroups } from './MatterGroups';

/** A stored handover as submitted: matters with their notes, the count, the notes and any disagreement. */
export function HandoverDetail({ h }: { h: StoredHandover }) {
  const { t } = useTranslation('handover');
  return (
    <div className="handover-detail">
      <MatterGroups matters={h.matters} kinds={h.kinds} />
      <InventoryTable rows={h.inventory} />
      {h.notes && (
        <p>
          <strong>{t('draft.notes')}：</strong>
          {h.notes}
        </p>
      )}
      {h.disagreements && (
        <p className="text-bad">
          <strong>{t('history.disagreements')}：</strong>
          {h.disagreements}
        </p>
      )}
    </div>
  );
}
