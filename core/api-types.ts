// Types the renderer may import (type-only) to call the procedure table with checked names and shapes.
import type { z } from 'zod';
import type { ProcedureName, Procedures } from './router';

export type { ProcedureName } from './router';
export type { Answer, AnswerError, ErrorCode, Issue } from './errors';
export type { EventName, StaffRole } from './procedure';
export type ProcInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
export type ProcOutput<N extends ProcedureName> = Awaited<ReturnType<Procedures[N]['handler']>>;
