export function App() {
  return <main style={{ width: 360, padding: 12, fontFamily: 'system-ui, sans-serif' }}>ShopLint 店检</main>;
}
