import rule from './slow-mover';
import { product, sales, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'one day of 5 breaks the run', shop: { products: [product({ id: 'p1' })], lines: sales('p1', [4, 4, 4, 5, 4, 4, 4]) }, alerts: [] },
  { name: 'nothing in stock', shop: { products: [product({ id: 'p1', stock: 0 })], lines: sales('p1', [1, 1, 1, 1, 1, 1, 1]) }, alerts: [] },
  {
    name: 'under 5 on each of 7 days',
    shop: { products: [product({ id: 'p1', stock: 80 })], lines: sales('p1', [4, 4, 4, 4, 4, 4, 4]) },
    alerts: [{ entityId: 'p1', severity: 'info', messageId: 'slow', message: '「商品p1」连续 7 天日销不足 5 件（共 28 件），库存 80：优化主图标题，或搭配满减、清仓' }],
  },
  { name: 'no sales at all', shop: { products: [product({ id: 'p1' })] }, alerts: [{ entityId: 'p1' }] },
  {
    name: 'sales 8 days ago are outside the window',
    shop: { products: [product({ id: 'p1' })], lines: sales('p1', [50, 0, 0, 0, 0, 0, 0, 0]) },
    alerts: [{ entityId: 'p1' }],
  },
  { name: 'a lower threshold from settings', shop: { products: [product({ id: 'p1' })], lines: sales('p1', [4, 4, 4, 4, 4, 4, 4]) }, options: { minUnits: 3 }, alerts: [] },
]);
