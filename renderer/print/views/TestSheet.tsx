import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintViewProps } from '../views';

/** A sample sheet with Chinese text: proves the bundled font reaches the printer (and the PDF). */
export function TestSheet({ onReady }: PrintViewProps) {
  const { t } = useTranslation();
  useEffect(onReady, [onReady]);
  return (
    <article className="print-sheet">
      <h1>{t('print.test.title')}</h1>
      <p>{t('print.test.body')}</p>
      <p className="print-sample">{t('print.test.sample')}</p>
    </article>
  );
}
