// The stores' listing text in the three interface languages: one source, written out per store by
// scripts/listing.mjs into docs/store/<store>/<lang>.md. The short description is the manifest's own
// (public/_locales), so the store and the browser's extensions page say the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGUAGES = ['en', 'zh_CN', 'pl'];
export const STORES = ['chrome', 'edge', 'firefox'];

const messages = (root, lang) => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));

const TEXT = {
  en: {
    summary: 'Every deadline on your AliExpress, Taobao/Tmall and 1688 orders in a sidebar on the order page: who must act, by when, what happens by itself at zero, and the button to press. Reminders before each one. Nothing leaves your browser.',
    what: 'What it does',
    whatBody: [
      'Marketplaces run on clocks that buyers rarely see until it is too late: an unpaid order closes, a seller\'s silence cancels an order, a Taobao order confirms its own receipt and pays the seller whether or not the parcel came.',
      'Buyer Clock reads the order page you are looking at and shows every clock running on the order in a sidebar: who must act, by when, and what happens by itself at zero, with the rule behind each deadline. It points at the one button to press next. On the order list each order gets a chip with its most urgent clock. While a refund is open it asks before you press "Confirm received".',
      'It remembers the orders it has seen and reminds you before each deadline (3 days, 1 day and 3 hours by default, quiet at night), with every tab closed. The toolbar button lists every order, most urgent first.',
    ],
    where: 'Marketplaces and languages',
    whereBody: [
      'AliExpress (order list, order details, tracking; aliexpress.com, .ru, .us), Taobao and Tmall (bought items, order details, refunds), 1688 (order lists, details, refunds). Orders from Kuaishou and Xiaohongshu, and parcels refused at a Cainiao station, can be tracked by hand.',
      'The interface speaks English, Chinese and Polish, and it keeps working on pages read through the browser\'s translation.',
    ],
    reads: 'What it reads, and what it sends',
    readsBody: [
      'Only the marketplace order pages you open yourself: order numbers, statuses, dates and countdowns, item titles and totals. Never passwords, payment details or addresses.',
      'Orders stay on your computer (the browser\'s local storage); settings travel with your browser\'s own sync. Nothing leaves the browser: no requests of its own, no analytics, no account. Export everything as JSON, CSV or a calendar file, or delete it all, from the options page.',
    ],
    privacy: 'Privacy policy: PRIVACY.md',
  },
  zh_CN: {
    summary: '在订单页侧边栏显示你在速卖通、淘宝/天猫和1688订单上的每一个期限：谁要做什么、截止到何时、到期会自动发生什么，以及该按哪个按钮。到期前提醒。数据从不离开你的浏览器。',
    what: '功能',
    whatBody: [
      '电商平台的每一步都有计时，买家往往到了最后才发现：未付款的订单会关闭，卖家不回应会取消订单，淘宝订单到期会自动确认收货并付款给卖家，不管包裹到没到。',
      'Buyer Clock 读取你正在看的订单页面，在侧边栏中显示订单上正在计时的每一个期限：谁需要行动、截止到何时、到期会自动发生什么，以及每个期限依据的规则。它会指出下一步该按的按钮。在订单列表中，每个订单旁边会显示一个标签，标出最紧急的期限。退款进行中时，按“确认收货”之前它会先问你。',
      '它会记住看过的订单，并在每个期限前提醒你（默认提前3天、1天和3小时，夜间免打扰），即使所有标签页都已关闭。工具栏按钮按紧急程度列出所有订单。',
    ],
    where: '支持的平台和语言',
    whereBody: [
      '速卖通（订单列表、订单详情、物流跟踪；aliexpress.com、.ru、.us），淘宝和天猫（已买到的宝贝、订单详情、退款），1688（订单列表、详情、退款）。快手、小红书的订单以及在菜鸟驿站拒收的包裹可以手动添加跟踪。',
      '界面支持英语、中文和波兰语；使用浏览器翻译阅读页面时也能正常工作。',
    ],
    reads: '它读取什么、发送什么',
    readsBody: [
      '只读取你自己打开的电商订单页面：订单号、状态、日期和倒计时、商品标题和金额。从不读取密码、支付信息或地址。',
      '订单保存在你的电脑上（浏览器本地存储）；设置随浏览器自带的同步保存。任何数据都不会离开浏览器：没有自己的网络请求，没有统计，没有账户。可在设置页将全部数据导出为 JSON、CSV 或日历文件，或全部删除。',
    ],
    privacy: '隐私政策：PRIVACY.md',
  },
  pl: {
    summary: 'Każdy termin Twoich zamówień z AliExpress, Taobao/Tmall i 1688 w panelu na stronie zamówienia: kto musi działać, do kiedy, co stanie się samo po czasie i który przycisk nacisnąć. Przypomnienia przed terminem. Nic nie opuszcza przeglądarki.',
    what: 'Co robi',
    whatBody: [
      'Sklepy internetowe odmierzają czas, którego kupujący zwykle nie widzą, dopóki nie jest za późno: nieopłacone zamówienie się zamyka, milczenie sprzedawcy anuluje zamówienie, a zamówienie z Taobao samo potwierdza odbiór i płaci sprzedawcy, czy paczka doszła, czy nie.',
      'Buyer Clock czyta stronę zamówienia, którą oglądasz, i pokazuje w panelu bocznym każdy biegnący termin: kto musi działać, do kiedy i co stanie się samo, gdy czas minie, wraz z zasadą, z której termin wynika. Wskazuje jeden przycisk, który trzeba nacisnąć. Na liście zamówień każde dostaje znaczek z najpilniejszym terminem. Gdy zwrot jest otwarty, pyta, zanim naciśniesz „Potwierdź odbiór”.',
      'Pamięta zamówienia, które widział, i przypomina przed każdym terminem (domyślnie 3 dni, 1 dzień i 3 godziny wcześniej, cicho w nocy), nawet gdy wszystkie karty są zamknięte. Przycisk na pasku narzędzi pokazuje wszystkie zamówienia, najpilniejsze na górze.',
    ],
    where: 'Sklepy i języki',
    whereBody: [
      'AliExpress (lista zamówień, szczegóły, śledzenie; aliexpress.com, .ru, .us), Taobao i Tmall (kupione przedmioty, szczegóły zamówień, zwroty), 1688 (listy zamówień, szczegóły, zwroty). Zamówienia z Kuaishou i Xiaohongshu oraz paczki odrzucone w punkcie Cainiao można śledzić ręcznie.',
      'Interfejs mówi po angielsku, chińsku i polsku; działa też na stronach czytanych przez tłumaczenie przeglądarki.',
    ],
    reads: 'Co czyta i co wysyła',
    readsBody: [
      'Tylko strony zamówień, które sam otwierasz: numery zamówień, statusy, daty i odliczania, nazwy przedmiotów i kwoty. Nigdy haseł, danych płatności ani adresów.',
      'Zamówienia zostają na Twoim komputerze (lokalny magazyn przeglądarki); ustawienia przenosi synchronizacja przeglądarki. Nic nie opuszcza przeglądarki: żadnych własnych zapytań, statystyk ani kont. Na stronie opcji wyeksportujesz wszystko jako JSON, CSV lub plik kalendarza albo wszystko usuniesz.',
    ],
    privacy: 'Polityka prywatności: PRIVACY.md',
  },
};

/** One store's listing in one language: the fields its form asks for. */
export function listing(root, store, lang) {
  const t = TEXT[lang];
  const m = messages(root, lang);
  const description = [t.what, ...t.whatBody, t.where, ...t.whereBody, t.reads, ...t.readsBody, t.privacy];
  return {
    name: m.extName.message,
    // Chrome and Edge show the manifest's description as the short one; AMO has a summary field of its own.
    short: store === 'firefox' ? t.summary : m.extDescription.message,
    description: description.join('\n\n'),
  };
}

export function listingMarkdown(root, store, lang, version) {
  const l = listing(root, store, lang);
  const shortLabel = store === 'firefox' ? 'Summary' : 'Short description (the manifest\'s)';
  const storeName = { chrome: 'Chrome Web Store', edge: 'Microsoft Edge Add-ons', firefox: 'Firefox Add-ons (AMO)' }[store];
  return `<!-- Written by scripts/listing.mjs from scripts/listing-text.mjs; edit those, then npm run package -- --listing. -->
# ${storeName} — ${lang} — Buyer Clock ${version}

## Name

${l.name}

## ${shortLabel}

${l.short}

## Description

${l.description}

## Pictures

Screenshots (1280×800): \`../screenshots/${lang}/\`. Promotional tile (440×280): \`../tile-${lang}.png\`. Icon: \`../icon-128.png\`.
`;
}
