// Starts reading the popup's alert summary while the browser is still loading the popup's modules
// (React): a classic script runs as soon as it is parsed, the module graph only once all of it is in.
// entrypoints/popup/main.tsx takes the promise; the key is alertSummaryItem's (a unit test checks).
globalThis.shoplintSummary = (globalThis.browser ?? globalThis.chrome).storage.local.get('alertSummary').then((stored) => stored.alertSummary ?? null);
