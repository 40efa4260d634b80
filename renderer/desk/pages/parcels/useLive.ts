import { useCallback, useEffect, useState } from 'react';
import type { ProcedureName, ProcInput, ProcOutput } from '../../../../core/api-types';
import { invoke, on } from '../../../api/client';

/**
 * A procedure's answer kept fresh: loaded on mount and again whenever the core says one of `tables`
 * changed (another desk, or this one), so a list never shows a parcel already handed over.
 */
export function useLive<N extends ProcedureName>(name: N, input: ProcInput<N>, tables: readonly string[]) {
  const [value, setValue] = useState<ProcOutput<N> | null>(null);
  const key = JSON.stringify(input);
  const load = useCallback(async () => {
    const a = await invoke(name, JSON.parse(key) as ProcInput<N>);
    if (a.ok) setValue(a.value);
  }, [name, key]);
  useEffect(() => {
    void load();
    return on('data-changed', (p) => {
      const changed = (p as { tables?: string[] } | undefined)?.tables ?? [];
      if (changed.some((t) => tables.includes(t))) void load();
    });
    // `tables` is a constant list per caller, so it is not a dependency.
  }, [load]);
  return { value, reload: load };
}
