import rule from './turnover-days-high';
import { product, sales, testAlert } from './test-alert';

const oneADay = sales('p1', [1, 1, 1, 1, 1, 1, 1]);

testAlert(rule, [
  { name: '60 days of stock', shop: { products: [product({ id: 'p1', stock: 60, cost: 40 })], lines: oneADay }, alerts: [] },
  {
    name: '61 days of stock, valued at cost',
    shop: { products: [product({ id: 'p1', stock: 61, cost: 40, price: 100 })], lines: oneADay },
    alerts: [{ entityId: 'p1', messageId: 'high', severity: 'warn', message: '「商品p1」周转 61 天（库存金额 2440 元 / 日均 40 元），超过 60 天：停止补货，做促销消化库存' }],
  },
  { name: 'no sales: left to slow-mover', shop: { products: [product({ id: 'p1', stock: 500 })] }, alerts: [] },
  { name: 'no cost or price: no value to judge', shop: { products: [{ id: 'p1', title: 'x', stock: 500 }], lines: oneADay }, alerts: [] },
]);
