import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';

export type SlipOrder = ProcOutput<'workOrders.get'>;

export interface SlipData {
  order: SlipOrder;
  siteName: string;
  /** The number as an SVG QR code: vector, so it stays sharp on a 203 dpi thermal head and in the PDF. */
  qrSvg: string;
}

/**
 * Loads what a slip shows: the order, the site's name and the number's QR. Calls `onReady` once all
 * is on the page (the print window waits for it); an error is shown instead and still reported ready,
 * so a print job never hangs on a missing order.
 */
export function useSlipData(id: string | null, onReady: () => void): { data: SlipData | null; error: string | null } {
  const [data, setData] = useState<SlipData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [order, settings] = await Promise.all([invoke('workOrders.get', { id: id ?? '' }), invoke('settings.get')]);
      if (!live) return;
      if (!order.ok) {
        setError(order.error.message);
        return;
      }
      const qrSvg = await QRCode.toString(order.value.number, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
      if (!live) return;
      setData({ order: order.value, siteName: settings.ok ? settings.value.siteName : '', qrSvg });
    })();
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    if (data || error) onReady();
  }, [data, error, onReady]);
  return { data, error };
}
