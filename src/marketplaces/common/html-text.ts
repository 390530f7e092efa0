// Some pages put markup inside their data (`{type:"html", text:"<h3>订单状态: …</h3>"}`). Its text is
// taken by stripping the tags as a string: nothing is parsed into a document or inserted anywhere.
import { normalise } from './text';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(whole: string, body: string): string {
  const named = ENTITIES[body.toLowerCase()];
  if (named !== undefined) return named;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return body[0] === '#' && Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** The text an HTML fragment would show, normalised; comments and script/style content dropped. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  return normalise(stripped.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, decodeEntity));
}
