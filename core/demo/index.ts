import type { Ctx } from '../procedure';
import { seedCallsDemo } from '../calls/demo';
import { seedFoundationDemo } from './foundation';
import { seedWorkOrdersDemo } from '../workorders/demo';
import { seedVisitsDemo } from '../visits/demo';
import { seedParcelsDemo } from '../parcels/demo';

export type DemoSeeder = (ctx: Pick<Ctx, 'db' | 'audit' | 'clock' | 'services'>) => void | Promise<void>;

/** Demo seeders in order; each domain adds its own (core/<domain>/demo.ts) after the foundation. */
export const demoSeeders: { name: string; seed: DemoSeeder }[] = [
  { name: 'foundation', seed: seedFoundationDemo },
  { name: 'calls', seed: seedCallsDemo },
  { name: 'workorders', seed: seedWorkOrdersDemo },
  { name: 'visits', seed: seedVisitsDemo },
  { name: 'parcels', seed: seedParcelsDemo },
];
