// What was typed in a form survives a reload or a crash: kept in localStorage until saved.
const PREFIX = 'frontdesk.draft.';

export function readDraft<T extends object>(name: string): Partial<T> {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + name) ?? '{}') as Partial<T>;
  } catch {
    return {};
  }
}

export const writeDraft = (name: string, values: object) => localStorage.setItem(PREFIX + name, JSON.stringify(values));
export const clearDraft = (name: string) => localStorage.removeItem(PREFIX + name);
