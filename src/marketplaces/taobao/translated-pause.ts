// The usual machine translations of the words Taobao's and Tmall's order pages print while a refund is
// open, where the auto-confirm countdown was: the time to confirm receipt stops (one clause of the
// sentence "退款申请处理中，收货确认时间暂停计时。"). A table of its own beside ./translated.ts, so the
// worker and the list pages, which never read these words, do not carry them.
import type { TranslationTable } from '../common/translated';

export const PAUSE_TRANSLATED: TranslationTable = {
  '收货确认时间暂停计时': [
    'the receipt confirmation time is suspended', 'receipt confirmation time is suspended', 'the receipt confirmation time is paused',
    'receipt confirmation time is paused', 'receipt confirmation time paused', 'receipt confirmation timing paused',
    'the timing of receipt confirmation is suspended', 'the timing of receipt confirmation is paused',
    'the confirmation of receipt time is suspended', 'the time for confirming receipt is suspended',
  ],
  '确认收货时间暂停计时': [
    'the time to confirm receipt is suspended', 'the time to confirm receipt is paused', 'confirm receipt time paused',
    'the confirmation receipt time is suspended', 'the confirmation receipt time is paused',
  ],
};
