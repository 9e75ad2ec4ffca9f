// A well-made product page as plain data, for rule tests: each test changes only what it is about.
import { PageModel } from '../schemas/page';

const img = (name: string, alt?: string) => ({ src: `https://img.alicdn.com/imgextra/i1/2200/O1CN01${name}_!!2200.jpg`, ...(alt && { alt }) });

export const GOOD_PAGE: PageModel = PageModel.parse({
  url: 'https://item.taobao.com/item.htm?id=1',
  platform: 'taobao',
  layout: 'taobao-2023',
  title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套',
  price: 129,
  mainImages: [img('m1'), img('m2'), img('m3'), img('m4'), img('m5')],
  skuOptions: ['樱花粉', 'M'],
  specs: ['品牌', '材质', '防晒指数', '适用季节', '厚薄', '产地'].map((label) => ({ label, value: '—' })),
  description: [
    { kind: 'text', text: '怕晒黑又怕闷热？冰丝凉感面料，出汗也不黏身。' },
    { kind: 'image', image: img('d1', '面料细节') },
    { kind: 'text', text: '户外骑行实拍' },
    { kind: 'image', image: img('d2') },
    { kind: 'text', text: '尺码建议：160cm/50kg 选 M 码，宽松选大一码。喜欢就加入购物车，关注店铺上新早知道。' },
  ],
  reviews: { shown: true, count: 2000 },
  qa: { shown: true, count: 3 },
  shopName: '山野集户外旗舰店',
});

/** GOOD_PAGE with some fields replaced. */
export const testPage = (changes: Partial<PageModel>): PageModel => PageModel.parse({ ...GOOD_PAGE, ...changes });
export const testImage = img;
