// Buttons on the Chinese marketplaces' pages. A label is the Chinese text as the page prints it, under
// the key 'zh' the page readers also use; after it, under 'zh-translated', the usual machine translations
// of it (buyers often read these pages through Chrome's or Firefox's translation), taken from the
// marketplaces' own translation tables so the guard and "Show me" find the translated button too.
import { TRANSLATED as ALIBABA1688 } from '../../marketplaces/alibaba1688/translated';
import { TRANSLATED as TAOBAO } from '../../marketplaces/taobao/translated';
import type { Labels } from '../rule';

function translationsOf(label: string): string[] {
  return [...new Set([...(TAOBAO[label] ?? []), ...(ALIBABA1688[label] ?? [])])];
}

export const zh = (...labels: string[]): Labels => ({ zh: labels, 'zh-translated': labels.flatMap(translationsOf) });
