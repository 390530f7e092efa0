// Who acts, drawn inline (no emoji font needed): a person for the buyer, a shop for the seller, a shield
// for the marketplace. Always beside a text label: the actor is never told by colour or shape alone.
import type { Actor } from '../rules/model';

const PATHS: Record<Actor, string> = {
  buyer: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5 6c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5v.5H3Z',
  seller: 'M2 3h12l-1 4H3L2 3Zm1 5h10v6H3V8Zm3 2v4h4v-4H6Z',
  platform: 'M8 1 2 3.5V8c0 3.3 2.6 6 6 7 3.4-1 6-3.7 6-7V3.5L8 1Z',
};

export function ActorIcon({ actor }: { actor: Actor }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[actor]} fill="currentColor" />
    </svg>
  );
}
