// The four dispatch-slip templates: the same copy, sized for each paper. Where the paper holds
// two copies (A4, the thermal roll) the worker copy and the desk stub share the sheet with a cut
// line; A5 and the dot-matrix form print one copy per sheet, the stub on the next.
import { useTranslation } from 'react-i18next';
import type { PrintViewProps } from '../../views';
import { CutLine, SlipCopy, type SlipLayout } from './SlipCopy';
import { useSlipData } from './useSlipData';
import './slip.css';

function SlipSheet({ id, onReady, layout, perSheet }: PrintViewProps & { layout: SlipLayout; perSheet: 1 | 2 }) {
  const { t } = useTranslation('workorders');
  const { data, error } = useSlipData(id, onReady);
  if (error) return <p className="print-error" role="alert">{error}</p>;
  if (!data) return <p>{t('loading')}</p>;
  return (
    <article className={`slip-sheet slip-sheet-${layout}`}>
      <SlipCopy data={data} layout={layout} copy="worker" />
      {perSheet === 2 ? <CutLine /> : <div className="slip-page-break" />}
      <SlipCopy data={data} layout={layout} copy="desk" />
    </article>
  );
}

export const SlipA4 = (p: PrintViewProps) => <SlipSheet {...p} layout="a4" perSheet={2} />;
export const SlipA5 = (p: PrintViewProps) => <SlipSheet {...p} layout="a5" perSheet={1} />;
export const SlipThermal80 = (p: PrintViewProps) => <SlipSheet {...p} layout="thermal80" perSheet={2} />;
export const SlipDotMatrix = (p: PrintViewProps) => <SlipSheet {...p} layout="dotmatrix" perSheet={1} />;
