import { describe, expect, it } from 'vitest';
import { guardFor, REFUND_OPEN } from '../../src/rules/guard';
import { snapshot } from '../support/snapshots';

describe('guardFor', () => {
  it.each(REFUND_OPEN)('stands guard over confirming receipt while %s', (stage) => {
    const guard = guardFor(snapshot({ stage }), false);
    expect(guard?.reason).toBe('refund-open');
    expect(guard?.confirmLabels).toContain('Confirm received');
    expect(guard?.confirmLabels).toContain('Potwierdź odbiór zamówienia');
    expect(guard?.withdrawLabels).toContain('撤销申请');
  });

  it('stands guard when the buyer marked a problem, without guarding withdrawals there is nothing to withdraw', () => {
    const guard = guardFor(snapshot({ stage: 'shipped' }), true);
    expect(guard).toMatchObject({ reason: 'buyer-problem', withdrawLabels: [] });
    expect(guard?.confirmLabels).toContain('Confirm received');
  });

  it('stays down on an ordinary shipped order', () => {
    expect(guardFor(snapshot({ stage: 'shipped' }), false)).toBeNull();
  });
});
