// The service marks Taobao and Tmall print under each item (七天退换, 价保, 极速退款 …). Only goods marked
// 七天退换 have the 7-day no-reason return, so the mark decides whether that clock runs.
import { asArray, asString, at, objectsWith } from '../common/json-walk';

const NO_REASON_RETURN = /(?:七|7)\s*天(?:无理由)?退(?:换|货)/;

/**
 * Whether any item carries the 七天退换 mark: true or false when the page lists the items' marks, null
 * when it lists none (it says nothing either way). `data` is the page's order data; every object in it
 * holding `serviceIcons` is an item's list of marks.
 */
export function noReasonReturnIn(data: unknown): boolean | null {
  const lists = objectsWith(data, 'serviceIcons').map((o) => asArray(o['serviceIcons']));
  if (lists.length === 0) return null;
  return lists.some((icons) => icons.some((icon) => NO_REASON_RETURN.test(asString(at(icon, 'title')) ?? '')));
}
