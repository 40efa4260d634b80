// The desk's left navigation. A domain replaces `component: null` (the "coming" page) with its page
// from renderer/desk/pages/<domain>/.
import type { ComponentType, ReactNode } from 'react';
import {
  BarChartOutlined,
  InboxOutlined,
  PhoneOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { ParcelsPage } from './pages/parcels/ParcelsPage';
import { HandoverPage } from './pages/handover/HandoverPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { VisitsPage } from './pages/visits/VisitsPage';

export type NavKey = 'visits' | 'calls' | 'workorders' | 'parcels' | 'handover' | 'reports' | 'settings';

export interface Section {
  key: NavKey;
  labelKey: `nav.${NavKey}`;
  icon: ReactNode;
  /** null: not built yet; the shell says so plainly. */
  component: ComponentType | null;
}

export const sections: readonly Section[] = [
  { key: 'visits', labelKey: 'nav.visits', icon: <TeamOutlined aria-hidden />, component: VisitsPage },
  { key: 'calls', labelKey: 'nav.calls', icon: <PhoneOutlined aria-hidden />, component: null },
  { key: 'workorders', labelKey: 'nav.workorders', icon: <ToolOutlined aria-hidden />, component: null },
  { key: 'parcels', labelKey: 'nav.parcels', icon: <InboxOutlined aria-hidden />, component: ParcelsPage },
  { key: 'handover', labelKey: 'nav.handover', icon: <SwapOutlined aria-hidden />, component: HandoverPage },
  { key: 'reports', labelKey: 'nav.reports', icon: <BarChartOutlined aria-hidden />, component: ReportsPage },
  { key: 'settings', labelKey: 'nav.settings', icon: <SettingOutlined aria-hidden />, component: SettingsPage },
];

export const sectionFor = (key: string): Section => sections.find((s) => s.key === key) ?? sections[0];
