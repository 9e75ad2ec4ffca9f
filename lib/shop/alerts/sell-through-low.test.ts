import rule from './sell-through-low';
import { product, sales, testAlert } from './test-alert';

const five = ['a', 'b', 'c', 'd', 'e'].map((id) => product({ id }));
const sold = (ids: string[]) => ids.flatMap((id) => sales(id, [1, 0, 0, 0, 0, 0, 0]));

testAlert(rule, [
  { name: '4 of 5 sold: 80%', shop: { products: five, lines: sold(['a', 'b', 'c', 'd']) }, alerts: [] },
  {
    name: '3 of 5 sold: 60%',
    shop: { products: five, lines: sold(['a', 'b', 'c']) },
    alerts: [{ entityId: 'shop', messageId: 'low', message: '动销率 60%（3/5 个在售商品 30 天内有销量），低于 80%：滞销款做搭配或清仓，长期不动的下架' }],
  },
  { name: 'too few products to judge', shop: { products: five.slice(0, 4), lines: [] }, alerts: [] },
  { name: 'sold-out products that did not sell are not on sale', shop: { products: [...five, product({ id: 'z', stock: 0 })], lines: sold(['a', 'b', 'c', 'd']) }, alerts: [] },
]);
