// The usual machine translations of 1688's words (Chrome's and Firefox's page translation, which also
// reach into open shadow roots), beside the words in ./words.ts. Readers use them only after the page's
// own words; a word missing here is reported as unreadable, never guessed.
// Data only (no reader code), so the rule tables can name translated buttons without loading the readers.
import type { TranslationTable } from '../common/translated';

export const TRANSLATED: TranslationTable = {
  // Statuses
  等待买家付款: ['Waiting for buyer to pay', 'Waiting for the buyer to pay', 'Waiting for buyer payment'],
  等待卖家发货: ['Waiting for the seller to ship', 'Waiting for seller to ship', 'Waiting for the seller to deliver'],
  等待买家收货: ['Waiting for the buyer to receive the goods', 'Waiting for buyer to receive goods', 'Waiting for the buyer to receive'],
  已签收: ['Signed', 'Signed for'],
  已收货: ['Goods received', 'Received goods'],
  交易成功: ['Transaction successful', 'Transaction Success', 'Trade successful', 'Successful transaction'],
  交易取消: ['Transaction cancelled', 'Transaction canceled', 'Trade cancelled'],
  交易终止: ['Transaction terminated', 'Trade terminated'],
  交易关闭: ['Transaction closed', 'Trade closed'],
  退款中: ['Refunding', 'Refund in progress'],
  // Labels
  订单号: ['Order number', 'Order No', 'Order ID'],
  // Buttons
  确认收货: ['Confirm receipt', 'Confirm receipt of goods', 'Confirm Receipt', 'Confirm delivery'],
  申请退款: ['Apply for refund', 'Apply for a refund', 'Request a refund'],
  延长收货: ['Extend receipt', 'Extend receiving'],
  查看物流: ['View logistics', 'Check logistics'],
  立即付款: ['Pay now', 'Pay immediately'],
  申请售后: ['Apply for after-sales service', 'Apply for after-sales'],
};
