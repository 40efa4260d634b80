// Print views by name: `/print?view=<name>&id=<record id>`. Each domain adds its slips and badges here.
import type { ComponentType } from 'react';
import { ParcelSlip } from './views/ParcelSlip';
import { HandoverReport } from './views/HandoverReport';
import { ReportSheet } from './views/ReportSheet';
import { TestSheet } from './views/TestSheet';
import { SlipA4, SlipA5, SlipDotMatrix, SlipThermal80 } from './views/slip/SlipViews';
import { ReworkReport } from './views/slip/ReworkReport';
import { RollCall } from './views/RollCall';
import { VisitBadge, VisitBadgeLabel } from './views/VisitBadge';

export interface PrintViewProps {
  /** The record to print (`?id=`), if the view needs one. */
  id: string | null;
  /** Call once everything to print is on the page (data loaded); the page then signals it is ready. */
  onReady(): void;
}

export interface PrintView {
  component: ComponentType<PrintViewProps>;
  /** CSS `@page` size, e.g. 'A4', 'A5 landscape', '80mm 120mm' (a badge). */
  page: string;
  /** CSS `@page` margin (default 12mm): a thermal roll or a pre-punched form has its own. */
  margin?: string;
}

export const printViews: Record<string, PrintView> = {
  test: { component: TestSheet, page: 'A4' },
  'slip-a4': { component: SlipA4, page: 'A4', margin: '8mm 10mm' },
  'slip-a5': { component: SlipA5, page: 'A5', margin: '8mm' },
  'slip-thermal80': { component: SlipThermal80, page: '80mm 360mm', margin: '3mm' },
  'slip-dotmatrix': { component: SlipDotMatrix, page: '241mm 93mm', margin: '4mm 6mm' },
  'rework-report': { component: ReworkReport, page: 'A4 landscape', margin: '12mm' },
  badge: { component: VisitBadge, page: '80mm 120mm' },
  'badge-label': { component: VisitBadgeLabel, page: '62mm 29mm' },
  'roll-call': { component: RollCall, page: 'A4' },
  'parcel-slip': { component: ParcelSlip, page: '80mm 85mm' },
  handover: { component: HandoverReport, page: 'A4' },
  report: { component: ReportSheet, page: 'A4' },
};
