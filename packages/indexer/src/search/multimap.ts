// A map from a key to the list of values filed under it, grown one value at a time.

/** Files `value` under `key`, starting the key's list when it has none. */
export function fileUnder<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
