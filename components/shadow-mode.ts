// Every UI ShopLint puts in a seller's page lives in a CLOSED shadow root: the host page's scripts get
// no handle on it (host.shadowRoot is null), so the costs, margins and keyword data shown there stay
// out of their reach (issue #21). Our own code keeps the root it attached; tests read it through the
// DevTools protocol (test/e2e/shadow-ui.ts, CONTRACTS.md §3).
export const SHADOW_MODE = 'closed' as const;
