// Buttons that withdraw a refund or dispute request. The brief: "don't withdraw a request — a new one
// starts over and takes longer". Chinese from Taobao and 1688 refund pages; the rest likely translations.
import type { Labels } from '../rule';

export const WITHDRAW_LABELS: Labels = {
  zh: ['撤销申请', '撤销退款申请', '撤销退款', '取消申请'],
  en: ['Cancel refund request', 'Cancel request', 'Withdraw request', 'Cancel dispute'],
  pl: ['Anuluj wniosek', 'Wycofaj wniosek', 'Anuluj spór'],
  ru: ['Отменить запрос', 'Отменить спор'],
  es: ['Cancelar solicitud', 'Cancelar disputa'],
};
