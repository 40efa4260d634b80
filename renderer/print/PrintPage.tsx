import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printViews } from './views';

/**
 * Renders `?view=&id=`. When the view says its data is there and the fonts have loaded, the page sets
 * `data-print-ready` on <body>: Electron's print (and the e2e PDF check) wait for it.
 * `&autoprint=1` (browser mode) then opens the print dialog by itself.
 */
export function PrintPage({ search }: { search: string }) {
  const { t } = useTranslation();
  const params = new URLSearchParams(search);
  const name = params.get('view') ?? '';
  const view = Object.hasOwn(printViews, name) ? printViews[name] : undefined;
  const [ready, setReady] = useState(false);
  const autoprint = params.get('autoprint') === '1';

  const onReady = useCallback(() => {
    void document.fonts.ready.then(() => {
      document.body.dataset.printReady = 'true';
      setReady(true);
    });
  }, [autoprint]);

  if (!view) return <p className="print-error" role="alert">{t('print.unknownView', { view: name })}</p>;
  const View = view.component;
  return (
    <>
      <style>{`@page { size: ${view.page}; margin: ${view.margin ?? '12mm'}; }`}</style>
      <div className="print-root" data-ready={ready}>
        <View id={params.get('id')} onReady={onReady} />
      </div>
    </>
  );
}
