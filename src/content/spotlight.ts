// "Show me": scroll the page's own button into view and draw an outline over it from our own layer,
// so the page's styles are never touched.
const SHOW_FOR_MS = 8000;

export function spotlight(target: Element, layer: HTMLElement): () => void {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  const ring = doc.createElement('div');
  ring.className = 'spotlight';
  ring.setAttribute('data-testid', 'bc-spotlight');
  layer.append(ring);
  const place = () => {
    const box = target.getBoundingClientRect();
    ring.style.left = `${box.left - 6}px`;
    ring.style.top = `${box.top - 6}px`;
    ring.style.width = `${box.width + 12}px`;
    ring.style.height = `${box.height + 12}px`;
  };
  let frame = 0;
  const onMove = () => {
    if (!frame) frame = win?.requestAnimationFrame(() => ((frame = 0), place())) ?? 0;
  };
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  place();
  win?.addEventListener('scroll', onMove, { passive: true, capture: true });
  win?.addEventListener('resize', onMove, { passive: true });
  const done = () => {
    win?.removeEventListener('scroll', onMove, { capture: true });
    win?.removeEventListener('resize', onMove);
    if (frame) win?.cancelAnimationFrame(frame);
    clearTimeout(timer);
    ring.remove();
  };
  const timer = setTimeout(done, SHOW_FOR_MS);
  return done;
}
