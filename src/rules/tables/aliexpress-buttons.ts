// The AliExpress buttons the rules point at, one vocabulary per page language, so a wrong translation
// is fixed here once. Sources: saved pages show the English buttons, «Подтвердить получение товара» and
// «Открыть спор» (ru), «Otwórz spór» and «Potwierdź odbiór zamówienia» (pl), «Abrir disputa» (es).
// Everything else is the likely translation, written to agree with the page readers' fixtures;
// correct it here when a real page disagrees. Matching ignores case and surrounding space.
import type { Labels } from '../rule';

type Button =
  | 'pay' | 'cancelOrder' | 'contactSeller' | 'confirmReceived' | 'extendTime' | 'openDispute'
  | 'escalateDispute' | 'addReturnTracking' | 'viewRefund' | 'track';

type Vocabulary = Readonly<Record<Button, readonly string[]>>;

const en: Vocabulary = {
  pay: ['Pay now'],
  cancelOrder: ['Cancel order'],
  contactSeller: ['Contact seller'],
  // The pre-2022 site says "Confirm Order Received".
  confirmReceived: ['Confirm received', 'Confirm Order Received'],
  extendTime: ['Extend time'],
  openDispute: ['Open dispute'],
  escalateDispute: ['Escalate dispute'],
  addReturnTracking: ['Add tracking number', 'Fill in tracking number'],
  viewRefund: ['View refund'],
  // The 2026 list says "Track status" (button type TRACKING); the detail page says "Track order".
  track: ['Track order', 'Track status'],
};

const pl: Vocabulary = {
  pay: ['Zapłać teraz'],
  cancelOrder: ['Anuluj zamówienie'],
  contactSeller: ['Skontaktuj się ze sprzedawcą'],
  confirmReceived: ['Potwierdź odbiór zamówienia'],
  extendTime: ['Przedłuż czas'],
  openDispute: ['Otwórz spór'],
  escalateDispute: ['Eskaluj spór'],
  addReturnTracking: ['Dodaj numer przesyłki', 'Wyślij zwrot'],
  viewRefund: ['Zobacz zwrot'],
  track: ['Śledź zamówienie', 'Śledź przesyłkę'],
};

const ru: Vocabulary = {
  pay: ['Оплатить', 'Оплатить заказ'],
  cancelOrder: ['Отменить заказ'],
  contactSeller: ['Связаться с продавцом'],
  confirmReceived: ['Подтвердить получение товара'],
  extendTime: ['Продлить время', 'Продлить защиту'],
  openDispute: ['Открыть спор'],
  // Buyers' guides name the Russian button «Обострить спор».
  escalateDispute: ['Обострить спор', 'Эскалировать спор'],
  addReturnTracking: ['Добавить трек-номер'],
  viewRefund: ['Посмотреть возврат'],
  track: ['Отследить', 'Отследить заказ'],
};

const es: Vocabulary = {
  pay: ['Pagar ahora'],
  cancelOrder: ['Cancelar pedido'],
  contactSeller: ['Contactar al vendedor'],
  confirmReceived: ['Confirmar recepción'],
  extendTime: ['Ampliar plazo', 'Extender tiempo'],
  openDispute: ['Abrir disputa'],
  escalateDispute: ['Escalar disputa'],
  addReturnTracking: ['Añadir número de seguimiento'],
  viewRefund: ['Ver reembolso'],
  track: ['Seguir pedido', 'Seguir envío'],
};

const LANGUAGES = { en, pl, ru, es } as const;

/** One button's labels in every language, English first. */
export function button(name: Button): Labels {
  return Object.fromEntries(Object.entries(LANGUAGES).map(([lang, words]) => [lang, words[name]]));
}
