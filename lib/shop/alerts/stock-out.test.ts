import rule from './stock-out';
import { product, sales, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'in stock', shop: { products: [product({ id: 'p1', stock: 3 })], lines: sales('p1', [2, 2, 2, 2, 2, 2, 2]) }, alerts: [] },
  { name: 'sold out but sold nothing in 30 days: a dead listing, not an emergency', shop: { products: [product({ id: 'p1', stock: 0 })] }, alerts: [] },
  {
    name: 'sold out while selling',
    shop: { products: [product({ id: '745812369012345678901', stock: 0, title: '冲锋衣' })], lines: sales('745812369012345678901', [1, 0, 2, 0, 3, 0, 1]) },
    alerts: [{ entityId: '745812369012345678901', severity: 'error', messageId: 'out', message: '「冲锋衣」已售罄（近 7 天日均 1 件）：立即补货，补不上就先下架或改预售' }],
  },
]);
