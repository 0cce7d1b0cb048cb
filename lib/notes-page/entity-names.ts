import { useEffect, useState } from "preact/hooks";

/** Loads the dataset (the entrypoint passes its dynamic import of data/build/dataset.json). */
export type DatasetLoader = () => Promise<{ default: unknown }>;

/** Entity id → name, from the dataset, read once `ready` (after the list: it must not delay it). */
export function useEntityNames(ready: boolean, load: DatasetLoader): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  useEffect(() => {
    if (!ready) return;
    load().then(
      (m) => {
        const entities = (m.default as { entities: { id: string; name: string }[] }).entities;
        setNames(new Map(entities.map((e) => [e.id, e.name])));
      },
      () => {},
    );
  }, [ready, load]);
  return names;
}

/** Whether the dataset has an entity id: read when an import needs it (the module is cached). */
export async function knownEntities(load: DatasetLoader): Promise<(id: string) => boolean> {
  const entities = ((await load()).default as { entities: { id: string }[] }).entities;
  const ids = new Set(entities.map((e) => e.id));
  return (id) => ids.has(id);
}
