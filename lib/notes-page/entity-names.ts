import { useEffect, useState } from "preact/hooks";

/** Entity id → name, from the dataset, read once `ready` (after the list: it must not delay it). */
export function useEntityNames(ready: boolean): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  useEffect(() => {
    if (!ready) return;
    import("../../data/build/dataset.json").then(
      (m) => {
        const entities = (m.default as { entities: { id: string; name: string }[] }).entities;
        setNames(new Map(entities.map((e) => [e.id, e.name])));
      },
      () => {},
    );
  }, [ready]);
  return names;
}
