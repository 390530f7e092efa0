// Buttons on the Chinese marketplaces' pages. Their pages come in one language, so a label is the
// Chinese text as the page prints it, under the key 'zh' the page readers also use.
import type { Labels } from '../rule';

export const zh = (...labels: string[]): Labels => ({ zh: labels });
