// The empty cell as exports write it: nothing, spaces, `-`, `--`, `null`, `无退款申请`, or an empty
// `=""` — for ids (an id of "-" would merge every such row into one record) and for every other cell.
const NOISE = /[\t\s"'=]/g;
const isNoise = (c: number) => c === 9 || c === 10 || c === 13 || c === 32 || c === 34 || c === 39 || c === 61 || c === 0x3000;

/** Empty as exports write it. */
export const isBlank = (raw: string | undefined): boolean => {
  if (raw === undefined) return true;
  // Every blank form, once the spaces, quotes and = around it are gone, starts with '-', 'n' or 无.
  let i = 0;
  while (i < raw.length && isNoise(raw.charCodeAt(i))) i++;
  if (i === raw.length) return true;
  const first = raw[i];
  if (first !== '-' && first !== 'n' && first !== '无') return false;
  const text = raw.replace(NOISE, '');
  return text === '-' || text === '--' || text === 'null' || text === '无退款申请';
};
