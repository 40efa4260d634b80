import { caseEscalationJob } from './cases/escalate';
import type { Core } from './core';
import { visitPurgeJob } from './visits/purge';

export interface Job {
  name: string;
  /** How often it runs after the first run at start-up. */
  everyMs: number;
  run(core: Core): void | Promise<void>;
}

/** Housekeeping the host runs at start-up and then on a timer. Each domain adds its jobs here. */
export const jobs: Job[] = [
  caseEscalationJob,
  visitPurgeJob,
];
