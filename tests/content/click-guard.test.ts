import { describe, expect, it, vi } from 'vitest';
import { ClickGuard } from '../../src/content/click-guard';

function setup() {
  document.body.innerText = '';
  const confirm = document.createElement('button');
  confirm.textContent = ' 确认收货 ';
  const other = document.createElement('button');
  other.textContent = '查看物流';
  document.body.append(confirm, other);
  const pageHandler = vi.fn();
  confirm.addEventListener('click', pageHandler);
  other.addEventListener('click', pageHandler);
  const ask = vi.fn();
  const guard = new ClickGuard(ask);
  window.addEventListener('click', guard.handle, { capture: true });
  return { confirm, other, pageHandler, ask, guard, done: () => window.removeEventListener('click', guard.handle, { capture: true }) };
}

describe('ClickGuard', () => {
  it('stops the confirm button and asks, and lets it through once after the buyer agrees', () => {
    const { confirm, pageHandler, ask, guard, done } = setup();
    guard.set({ confirmLabels: ['确认收货'], withdrawLabels: ['撤销申请'] });
    confirm.click();
    expect(pageHandler).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledWith('confirm', confirm, '确认收货');
    guard.allowOnce(confirm);
    confirm.click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    confirm.click(); // the pass was for one click only
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledTimes(2);
    done();
  });

  it('leaves other buttons, and every button when no guard is set, alone', () => {
    const { confirm, other, pageHandler, ask, guard, done } = setup();
    guard.set({ confirmLabels: ['确认收货'], withdrawLabels: [] });
    other.click();
    guard.set(null);
    confirm.click();
    expect(pageHandler).toHaveBeenCalledTimes(2);
    expect(ask).not.toHaveBeenCalled();
    done();
  });

  it('on a list, holds only the buttons in rows the owner check claims', () => {
    const { confirm, pageHandler, ask, guard, done } = setup();
    guard.set({ confirmLabels: ['确认收货'], withdrawLabels: [] }, () => false);
    confirm.click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    guard.set({ confirmLabels: ['确认收货'], withdrawLabels: [] }, (button) => button === confirm);
    confirm.click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith('confirm', confirm, '确认收货');
    done();
  });

  it('catches a click on an element inside the button', () => {
    const { confirm, pageHandler, ask, guard, done } = setup();
    const inner = document.createElement('span');
    confirm.append(inner);
    guard.set({ confirmLabels: ['确认收货'], withdrawLabels: [] });
    inner.click();
    expect(pageHandler).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledOnce();
    done();
  });
});
