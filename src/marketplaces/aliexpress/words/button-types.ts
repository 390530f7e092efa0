// Since 2026 every list button carries a stable type beside its text (buttons[].type in the list's
// component data): CONFIRM_GOODS, TRACKING, REPURCHASE, DELETE. The type says what the button does in
// any language and under browser translation, so a button whose text is none of its type's known words
// (a translated page) is also listed under the English label the rule tables name.
import { textKey } from '../../common/text';

/** Each type's English label (first) and its known texts in the readers' languages. */
const TYPES: Readonly<Record<string, readonly string[]>> = {
  // en (seen 2026) · pl · ru · es (the latter three as the older buttons' words; not seen with a type)
  CONFIRM_GOODS: ['Confirm received', 'Potwierdź odbiór zamówienia', 'Подтвердить получение товара', 'Confirmar recepción'],
  TRACKING: ['Track status', 'Track order', 'Śledź zamówienie', 'Отследить', 'Seguir pedido'],
  REPURCHASE: ['Add to cart', 'Dodaj do koszyka', 'Добавить в корзину', 'Añadir al carrito'],
  DELETE: ['Remove', 'Usuń', 'Удалить заказ', 'Eliminar'],
};

const KNOWN = new Map(Object.entries(TYPES).map(([type, words]) => [type, new Set(words.map(textKey))]));

/** The known button type among an element's attribute values (whatever the attribute is called); null when none. */
export function buttonTypeOf(el: Element): string | null {
  for (const attr of el.attributes) if (KNOWN.has(attr.value)) return attr.value;
  return null;
}

/** The labels a typed button stands for: its text, and its type's English label when the text is not a known one. */
export function typedLabels(type: string | null, text: string): string[] {
  const known = type ? KNOWN.get(type) : undefined;
  const english = type ? TYPES[type]?.[0] : undefined;
  if (!known || !english || known.has(textKey(text))) return text ? [text] : [];
  return text ? [text, english] : [english];
}
