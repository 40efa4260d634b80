/** Match a typed filter against a name or its pinyin keys ("zs zhangsan"): 张三 is found by 张, zs or zhang. */
export function matchesStaff(person: { name: string; pinyin: string }, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  if (person.name.toLowerCase().includes(q)) return true;
  return person.pinyin
    .toLowerCase()
    .split(/\s+/)
    .some((key) => key.startsWith(q));
}
