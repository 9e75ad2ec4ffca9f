// Text files from 千牛/抖店/生意参谋 come as UTF-8 (with or without BOM) or GBK/GB18030 (legacy Excel
// CSV). TextDecoder handles both in Node and the browser; the encoding is detected, never assumed.
import { InputError } from './errors';

export type Encoding = 'utf-8' | 'gb18030';

export function decodeText(bytes: Uint8Array, file?: string): { text: string; encoding: Encoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: GB18030 is a superset of GBK and GB2312.
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError({ en: 'the file is neither UTF-8 nor GBK/GB18030 text', zh: '文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本' }, { file });
  }
  return { text, encoding: 'gb18030' };
}
