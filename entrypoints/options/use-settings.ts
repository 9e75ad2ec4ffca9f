// The options page's view of the settings: read once (migrating older keys), kept in step with the
// other pages (the overlay edits the profile too), written whole on every change.
import { useCallback, useEffect, useState } from 'react';
import { readSettings, watchSettings, writeSettings } from '@/extension/settings';
import type { Notice, Settings } from '@/lib/settings/schema';

export interface SettingsState {
  settings: Settings;
  notice?: Notice;
  save(next: Settings): void;
}

export function useSettings(): SettingsState | undefined {
  const [loaded, setLoaded] = useState<{ settings: Settings; notice?: Notice }>();
  useEffect(() => {
    void readSettings().then(setLoaded);
    return watchSettings(({ settings }) => setLoaded((prev) => ({ ...prev, settings })));
  }, []);
  const save = useCallback((next: Settings) => {
    setLoaded((prev) => ({ ...prev, settings: next }));
    void writeSettings(next);
  }, []);
  return loaded && { ...loaded, save };
}
