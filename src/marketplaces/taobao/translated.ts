// The usual machine translations of Taobao's and Tmall's words (Chrome's and Firefox's page
// translation), beside the words in ./words.ts. Readers use them only after the page's own words; a
// word missing here is reported as unreadable, never guessed. Seen on buyers' translated pages, plus the
// variants the same translators give for the same words.
// Data only (no reader code), so the rule tables can name translated buttons without loading the readers.
import type { TranslationTable } from '../common/translated';

export const TRANSLATED: TranslationTable = {
  // Statuses
  '等待买家付款': ['Waiting for buyer to pay', 'Waiting for the buyer to pay', 'Waiting for buyer payment', 'Awaiting buyer payment'],
  '买家已付款': ['Buyer has paid', 'The buyer has paid', 'Buyer paid', 'Buyer has made payment'],
  '等待卖家发货': ['Waiting for the seller to ship', 'Waiting for seller to ship', 'Waiting for the seller to deliver'],
  '卖家已发货': ['Seller has shipped', 'The seller has shipped', 'Seller shipped', 'Seller has delivered'],
  '等待买家确认收货': ['Waiting for the buyer to confirm receipt', 'Waiting for buyer to confirm receipt'],
  '已签收': ['Signed', 'Signed for'],
  '退款中': ['Refunding', 'Refund in progress', 'In refund'],
  '交易成功': ['Transaction Success', 'Transaction successful', 'Trade successful', 'Successful transaction', 'Transaction succeeded'],
  '交易关闭': ['Transaction closed', 'Trade closed', 'Transaction Closed'],
  '充值成功': ['Recharge successful', 'Recharge Success', 'Top-up successful', 'Top up successful'],
  // Labels
  '订单号': ['Order Number', 'Order No', 'Order ID'],
  '订单编号': ['Order Number', 'Order No', 'Order ID'],
  '实付款': ['Actual payment', 'Actual Payment', 'Paid', 'Amount paid'],
  // Buttons and links
  '确认收货': ['Confirm receipt', 'Confirm receipt of goods', 'Confirm Receipt', 'Confirm delivery'],
  '延长收货时间': ['Extend receipt time', 'Extend the receiving time', 'Extend receiving time', 'Extend delivery time'],
  '查看物流': ['View logistics', 'Check logistics', 'View Logistics'],
  '订单详情': ['Order details', 'Order Details'],
  '提醒卖家发货': ['Remind the seller to ship', 'Remind seller to ship'],
  '提醒发货': ['Remind to ship', 'Remind shipment', 'Reminder to ship'],
  '立即付款': ['Pay now', 'Pay Now', 'Pay immediately'],
  '取消订单': ['Cancel order', 'Cancel Order'],
  '退款': ['Refund'],
  '申请退款': ['Apply for refund', 'Apply for a refund', 'Request a refund'],
  '退款/退货': ['Refund/Return', 'Refund/return', 'Refund / Return'],
  '申请售后': ['Apply for after-sales service', 'Apply for after-sales', 'After-sales'],
  '投诉卖家': ['Complaint about the seller', 'Complain about the seller', 'Complain seller'],
  '再次购买': ['Buy again', 'Buy Again', 'Purchase again'],
  '再买一单': ['Buy another', 'Buy one more', 'Buy again'],
  '追加评论': ['Add a comment', 'Additional comments', 'Add review'],
  '评价': ['Evaluate', 'Rate', 'Review'],
  '删除订单': ['Delete order', 'Delete Order'],
  '撤销申请': ['Cancel application', 'Withdraw application', 'Revoke application'],
};
