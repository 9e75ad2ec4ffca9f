// Scene/usage images show the product worn or used (上身、户外、居家 …). We cannot see into a picture,
// so an image counts as a scene image when its alt/title text, its file name (whole tokens such as
// `scene`, `model`), or the text block right before or after it names a scene: a word of
// lib/lexicon/page/scene-images.json or a scene word of the category lexicons (通勤, 骑行 …).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { PAGE_VOCABULARY_SOURCES, sceneFileTokens, scenePhrases } from '../lexicon/page-words';
import type { DescBlock, PageImage } from '../schemas/page';

export default defineRule({
  meta: {
    id: 'page-scene-images',
    input: 'page',
    severity: 'warn',
    description: { zh: '详情没有场景图/使用图', en: 'No scene or in-use images in the description' },
    options: z.object({}),
    sources: { rule: PAGE_VOCABULARY_SOURCES['scene-images']! },
    messages: {
      none: {
        zh: '详情的 {images} 张图里看不出场景图：加入上身/使用场景图，并在图注或图旁文字写明场景（如“通勤实拍”“户外骑行”）',
        en: 'None of the {images} description images reads as a scene shot: add worn/in-use photos and caption them ("commute", "outdoor ride")',
      },
      noImages: { zh: '详情没有图片：加入场景图/使用图，让买家看到实际效果', en: 'The description has no images: add scene/in-use photos' },
    },
    score: { part: 'content', weight: 10 },
  },
  check(page, _options, context) {
    const blocks = page.description;
    const images = blocks.filter((b) => b.kind === 'image').length;
    if (images === 0) {
      context.report({ messageId: 'noImages', where: 'desc' });
      return;
    }
    const names = (text: string) => !!text && (!!scenePhrases.find(text) || context.words.scan(text).words.some((w) => w.kind === 'scene'));
    const near = (i: number) => [blocks[i - 1], blocks[i + 1]].map((b) => (b?.kind === 'text' ? b.text : '')).join(' ');
    const isScene = (block: DescBlock, i: number) => block.kind === 'image' && (names(block.image.alt ?? '') || fileNamesScene(block.image) || names(near(i)));
    if (!blocks.some(isScene)) context.report({ messageId: 'none', data: { images }, where: 'desc' });
  },
});

function fileNamesScene(image: PageImage): boolean {
  let path: string;
  try {
    path = new URL(image.src).pathname;
  } catch {
    path = image.src;
  }
  const file = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  return file.split(/[^a-z0-9]+/).some((token) => sceneFileTokens.has(token));
}
