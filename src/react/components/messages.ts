import type { IamportErrorCode, Locale, RequestKind } from "../../index";

/** The texts that depend on what is being asked for: a payment, a card to save, or an identity check. */
export interface KindTexts {
  /** The button's label, e.g. "결제하기". */
  action: string;
  /** While the SDK loads, under a disabled button. */
  loadingSdk: string;
  /** While the i'mport window is open. */
  awaiting: string;
  /** While your server confirms the result. */
  verifying: string;
  /** On the `m_redirect_url` page while the returned result is confirmed. */
  checking: string;
  /** While the page navigates to the PG (mobile). */
  redirecting: string;
  /** The title when it went through: paid, card saved, identity verified. */
  success: string;
  /** The title when the buyer closed the window. */
  cancelled: string;
  /** The title when it did not go through. */
  failed: string;
  /** The title when your server could not be reached yet: the result may still be fine. */
  delayed: string;
  /** The line under `delayed`. */
  delayedDetail: string;
  /** The line under `failed` when your server refused the result (amount mismatch, forgery). */
  rejected: string;
  /** The SDK did not load. */
  sdkFailed: string;
  /** The SDK took longer than `sdk.timeoutMs`. */
  sdkTimeout: string;
  /** The "try again" action after a failure or a cancellation. */
  again: string;
}

/** Every text the components show. Override any of them through a component's `messages` prop. */
export interface Messages {
  /** Texts per kind of request. */
  kinds: Record<RequestKind, KindTexts>;
  /** The checkout button with the formatted amount, e.g. "64,900원 결제하기". */
  payAmount: (amount: string) => string;
  /** The title of an issued virtual account (awaiting deposit). */
  ready: string;
  /** The line under `ready`. */
  readyDetail: string;
  receipt: string;
  orderNumber: string;
  amount: string;
  depositAmount: string;
  bank: string;
  account: string;
  holder: string;
  deadline: string;
  copy: string;
  copied: string;
  /** Posts a result whose confirmation failed once more. */
  retry: string;
  /** Retries loading the SDK after it failed. */
  reloadSdk: string;
  newOrder: string;
  backToShop: string;
  /** The return page without a result (opened directly, or after the result was cleared). */
  noResult: string;
  orderSummary: string;
  orderName: string;
  taxFree: string;
  payMethod: string;
  buyerName: string;
  buyerTel: string;
  buyerEmail: string;
  placeholderName: string;
  placeholderTel: string;
  placeholderEmail: string;
  required: string;
  invalidTel: string;
  invalidEmail: string;
  agreeTerms: string;
  termsRequired: string;
  methods: Record<string, string>;
  /** Kind-independent lines for the remaining error codes. */
  errors: Record<IamportErrorCode, string>;
}

/** What the `messages` prop accepts: any text, and any text of a kind, method or error. */
export type MessageOverrides = Partial<Omit<Messages, "kinds" | "methods" | "errors">> & {
  kinds?: { [K in RequestKind]?: Partial<KindTexts> };
  methods?: Record<string, string>;
  errors?: Partial<Record<IamportErrorCode, string>>;
};

const RETRY_KO = " 다시 시도해 주세요.";
const RETRY_EN = " Please try again.";

// The three kinds share most of their wording: the builders keep one sentence per state, not three.
/** `n` the noun ("카드 등록"), `o` it with its object particle ("카드 등록을"). */
function koKind(
  n: string,
  o: string,
  awaiting: string,
  success: string,
  failed: string,
  delayedDetail: string,
  rejected: string,
  again: string,
): KindTexts {
  return {
    action: `${n}하기`,
    loadingSdk: `${n} 모듈을 불러오는 중…`,
    awaiting,
    verifying: `${o} 확인하는 중…`,
    checking: `${n} 결과를 확인하는 중…`,
    redirecting: `${n} 페이지로 이동하는 중…`,
    success,
    cancelled: `${o} 취소했습니다.`,
    failed,
    delayed: `${n} 확인이 지연되고 있습니다.`,
    delayedDetail: `${delayedDetail}되었을 수 있습니다. 잠시 후 다시 확인해 주세요.`,
    rejected,
    sdkFailed: `${n} 모듈을 불러오지 못했습니다.${RETRY_KO}`,
    sdkTimeout: `${n} 모듈 응답이 늦습니다.${RETRY_KO}`,
    again,
  };
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** `thing` what is confirmed ("card"), `proc` the process ("card registration"), `mod` what loads. */
function enKind(
  thing: string,
  proc: string,
  mod: string,
  to: string,
  action: string,
  awaiting: string,
  success: string,
  failed: string,
  delayedDetail: string,
  rejected: string,
  again: string,
): KindTexts {
  return {
    action,
    loadingSdk: `Loading ${mod}…`,
    awaiting,
    verifying: `Confirming your ${thing}…`,
    checking: `Checking your ${proc}…`,
    redirecting: `Taking you to ${to}…`,
    success,
    cancelled: `${cap(proc)} cancelled.`,
    failed,
    delayed: `Confirming your ${thing} is taking longer than usual.`,
    delayedDetail: `${delayedDetail} Check again in a moment.`,
    rejected,
    sdkFailed: `${cap(mod)} could not be loaded.${RETRY_EN}`,
    sdkTimeout: `${cap(mod)} ${mod === "payments" ? "are" : "is"} taking too long to load.${RETRY_EN}`,
    again,
  };
}

const ko: Messages = {
  kinds: {
    payment: /* @__PURE__ */ koKind(
      "결제",
      "결제를",
      "결제창에서 결제를 진행해 주세요.",
      "결제가 완료되었습니다.",
      "결제에 실패했습니다.",
      "결제는 정상 처리",
      "결제 정보를 확인할 수 없어 결제를 취소했습니다.",
      "다시 결제하기",
    ),
    billing_key: /* @__PURE__ */ koKind(
      "카드 등록",
      "카드 등록을",
      "카드 등록 창에서 카드 정보를 입력해 주세요.",
      "카드가 등록되었습니다.",
      "카드를 등록하지 못했습니다.",
      "카드는 정상 등록",
      "카드 등록 정보를 확인할 수 없습니다.",
      "다시 등록하기",
    ),
    certification: /* @__PURE__ */ koKind(
      "본인인증",
      "본인인증을",
      "본인인증 창에서 인증을 진행해 주세요.",
      "본인인증이 완료되었습니다.",
      "본인인증에 실패했습니다.",
      "인증은 정상 처리",
      "본인인증 정보를 확인할 수 없습니다.",
      "다시 인증하기",
    ),
  },
  payAmount: (amount) => `${amount} 결제하기`,
  ready: "가상계좌가 발급되었습니다.",
  readyDetail: "입금 기한 안에 아래 계좌로 입금하시면 결제가 완료됩니다.",
  receipt: "영수증 보기",
  orderNumber: "주문번호",
  amount: "결제 금액",
  depositAmount: "입금할 금액",
  bank: "은행",
  account: "계좌번호",
  holder: "예금주",
  deadline: "입금 기한",
  copy: "계좌번호 복사",
  copied: "복사했습니다",
  retry: "다시 확인하기",
  reloadSdk: "다시 불러오기",
  newOrder: "새 주문하기",
  backToShop: "쇼핑 계속하기",
  noResult: "확인할 결과가 없습니다.",
  orderSummary: "주문 내역",
  orderName: "상품명",
  taxFree: "면세 금액",
  payMethod: "결제 수단",
  buyerName: "이름",
  buyerTel: "휴대폰 번호",
  buyerEmail: "이메일",
  placeholderName: "홍길동",
  placeholderTel: "010-1234-5678",
  placeholderEmail: "name@example.com",
  required: "필수 입력 항목입니다.",
  invalidTel: "010-1234-5678 형식으로 입력해 주세요.",
  invalidEmail: "name@example.com 형식으로 입력해 주세요.",
  agreeTerms: "주문 내용을 확인했으며 결제에 동의합니다.",
  termsRequired: "결제에 동의해 주세요.",
  methods: {
    card: "신용·체크카드",
    trans: "실시간 계좌이체",
    vbank: "가상계좌",
    phone: "휴대폰 소액결제",
    kakaopay: "카카오페이",
    naverpay: "네이버페이",
    tosspay: "토스페이",
    payco: "페이코",
    samsungpay: "삼성페이",
    applepay: "애플페이",
    ssgpay: "SSG페이",
    lpay: "L.pay",
    paypal: "페이팔",
  },
  errors: {
    SDK_LOAD_FAILED: "모듈을 불러오지 못했습니다. 다시 시도해 주세요.",
    SDK_TIMEOUT: "모듈 응답이 늦습니다. 다시 시도해 주세요.",
    SDK_UNAVAILABLE: "이 환경에서는 진행할 수 없습니다.",
    NOT_CONFIGURED: "아직 설정이 준비되지 않았습니다.",
    INVALID_PARAMS: "요청 정보가 올바르지 않습니다.",
    BUSY: "다른 창이 이미 열려 있습니다. 열린 창을 먼저 마무리해 주세요.",
    PAYMENT_FAILED: "",
    CANCELLED: "",
    VERIFY_FAILED: "",
    VERIFY_REJECTED: "",
  },
};

const en: Messages = {
  kinds: {
    payment: /* @__PURE__ */ enKind(
      "payment",
      "payment",
      "payments",
      "the payment page",
      "Pay",
      "Complete the payment in its window.",
      "Payment complete.",
      "Payment failed.",
      "Your payment may have gone through.",
      "The payment could not be confirmed and was cancelled.",
      "Pay again",
    ),
    billing_key: /* @__PURE__ */ enKind(
      "card",
      "card registration",
      "card registration",
      "card registration",
      "Save card",
      "Enter your card in the registration window.",
      "Card saved.",
      "The card could not be saved.",
      "Your card may have been saved.",
      "The card registration could not be confirmed.",
      "Try again",
    ),
    certification: /* @__PURE__ */ enKind(
      "identity",
      "identity verification",
      "identity verification",
      "identity verification",
      "Verify identity",
      "Verify your identity in its window.",
      "Identity verified.",
      "Identity verification failed.",
      "You may already be verified.",
      "The identity verification could not be confirmed.",
      "Verify again",
    ),
  },
  payAmount: (amount) => `Pay ${amount}`,
  ready: "Virtual account issued.",
  readyDetail: "Deposit the amount below before the deadline to complete your payment.",
  receipt: "View receipt",
  orderNumber: "Order number",
  amount: "Amount",
  depositAmount: "Amount to deposit",
  bank: "Bank",
  account: "Account number",
  holder: "Account holder",
  deadline: "Deposit by",
  copy: "Copy account number",
  copied: "Copied",
  retry: "Check again",
  reloadSdk: "Reload",
  newOrder: "New order",
  backToShop: "Continue shopping",
  noResult: "There is no result to show.",
  orderSummary: "Order summary",
  orderName: "Item",
  taxFree: "Tax-free amount",
  payMethod: "Payment method",
  buyerName: "Name",
  buyerTel: "Mobile number",
  buyerEmail: "Email",
  placeholderName: "Gildong Hong",
  placeholderTel: "010-1234-5678",
  placeholderEmail: "name@example.com",
  required: "This field is required.",
  invalidTel: "Enter a mobile number like 010-1234-5678.",
  invalidEmail: "Enter an email address like name@example.com.",
  agreeTerms: "I have reviewed my order and agree to pay.",
  termsRequired: "Please agree to the terms to pay.",
  methods: {
    card: "Credit/debit card",
    trans: "Bank transfer",
    vbank: "Virtual account",
    phone: "Mobile phone billing",
    kakaopay: "KakaoPay",
    naverpay: "Naver Pay",
    tosspay: "Toss Pay",
    payco: "PAYCO",
    samsungpay: "Samsung Pay",
    applepay: "Apple Pay",
    ssgpay: "SSG Pay",
    lpay: "L.pay",
    paypal: "PayPal",
  },
  errors: {
    SDK_LOAD_FAILED: "The module could not be loaded. Please try again.",
    SDK_TIMEOUT: "The module is taking too long to load. Please try again.",
    SDK_UNAVAILABLE: "This is not available here.",
    NOT_CONFIGURED: "This is not set up yet.",
    INVALID_PARAMS: "The request is invalid.",
    BUSY: "Another window is already open. Finish it first.",
    PAYMENT_FAILED: "",
    CANCELLED: "",
    VERIFY_FAILED: "",
    VERIFY_REJECTED: "",
  },
};

export const MESSAGES: Record<Locale, Messages> = { ko, en };

/** The locale's texts with the merchant's overrides on top (kinds, methods and errors merged per key). */
export function mergeMessages(base: Messages, overrides?: MessageOverrides): Messages {
  if (!overrides) return base;
  const { kinds = {}, methods, errors, ...flat } = overrides;
  return {
    ...base,
    ...flat,
    kinds: Object.fromEntries(
      Object.entries(base.kinds).map(([kind, texts]) => [kind, { ...texts, ...kinds[kind as RequestKind] }]),
    ) as Messages["kinds"],
    methods: { ...base.methods, ...methods },
    errors: { ...base.errors, ...errors },
  };
}

/** Formats an amount the way a Korean checkout shows it: "64,900원" in Korean, "₩64,900" in English. */
export function formatAmount(amount: number, currency: string, locale: Locale): string {
  if (locale === "ko" && currency === "KRW") return `${amount.toLocaleString("ko-KR")}원`;
  return new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { style: "currency", currency }).format(amount);
}
