// The desk's left navigation: one section per book, each with its page from renderer/desk/pages/<domain>/.
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
import { CallsPage } from './pages/calls/CallsPage';
import { ParcelsPage } from './pages/parcels/ParcelsPage';
import { HandoverPage } from './pages/handover/HandoverPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { WorkOrdersPage } from './pages/workorders/WorkOrdersPage';
import { VisitsPage } from './pages/visits/VisitsPage';

export type NavKey = 'visits' | 'calls' | 'workorders' | 'parcels' | 'handover' | 'reports' | 'settings';

export interface Section {
  key: NavKey;
  labelKey: `nav.${NavKey}`;
  icon: ReactNode;
  component: ComponentType;
}

export const sections: readonly Section[] = [
  { key: 'visits', labelKey: 'nav.visits', icon: <TeamOutlined aria-hidden />, component: VisitsPage },
  { key: 'calls', labelKey: 'nav.calls', icon: <PhoneOutlined aria-hidden />, component: CallsPage },
  { key: 'workorders', labelKey: 'nav.workorders', icon: <ToolOutlined aria-hidden />, component: WorkOrdersPage },
  { key: 'parcels', labelKey: 'nav.parcels', icon: <InboxOutlined aria-hidden />, component: ParcelsPage },
  { key: 'handover', labelKey: 'nav.handover', icon: <SwapOutlined aria-hidden />, component: HandoverPage },
  { key: 'reports', labelKey: 'nav.reports', icon: <BarChartOutlined aria-hidden />, component: ReportsPage },
  { key: 'settings', labelKey: 'nav.settings', icon: <SettingOutlined aria-hidden />, component: SettingsPage },
];

export const sectionFor = (key: string): Section => sections.find((s) => s.key === key) ?? sections[0];
