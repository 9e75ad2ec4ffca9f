// A section whose code is its own chunk, shown the moment the chunk is in. React.lazy shows it through
// Suspense, and React 19 holds a resolved boundary back (up to 300 ms) to reveal several at once: the
// popup's audit then waited a third of a second with nothing to do.
import { useEffect, useState, type ComponentType } from 'react';

export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function LazySection(props: P) {
    const [Component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (Component) return;
      let current = true;
      void (loading ??= load().then((c) => (loaded = c))).then((c) => current && setComponent(() => c));
      return () => {
        current = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  };
}
