import type { IamportErrorCode } from "../../core/errors";
import type { Locale } from "../context";

/** Every text the components show; pass a `Partial<Messages>` as `messages` to override any of them. */
export interface Messages {
  /** Submit label with the formatted amount, e.g. "64,900원 결제하기". */
  payAmount: (amount: string) => string;
  pay: string;
  certify: string;
  issueBillingKey: string;
  loadingSdk: string;
  awaitingPayment: string;
  verifying: string;
  redirecting: string;
  checkingResult: string;
  paid: string;
  ready: string;
  issued: string;
  certified: string;
  cancelled: string;
  failed: string;
  receipt: string;
  bank: string;
  account: string;
  holder: string;
  deadline: string;
  copy: string;
  copied: string;
  retry: string;
  orderSummary: string;
  orderName: string;
  amount: string;
  taxFree: string;
  payMethod: string;
  buyerName: string;
  buyerTel: string;
  buyerEmail: string;
  required: string;
  invalidTel: string;
  invalidEmail: string;
  agreeTerms: string;
  termsRequired: string;
  methods: Record<string, string>;
  errors: Record<IamportErrorCode, string>;
}

const ko: Messages = {
  payAmount: (amount) => `${amount} 결제하기`,
  pay: "결제하기",
  certify: "본인인증하기",
  issueBillingKey: "카드 등록하기",
  loadingSdk: "결제 모듈을 불러오는 중…",
  awaitingPayment: "결제창에서 결제해 주세요…",
  verifying: "결제 확인 중…",
  redirecting: "결제 페이지로 이동 중…",
  checkingResult: "결제 결과 확인 중…",
  paid: "결제가 완료되었습니다.",
  ready: "가상계좌가 발급되었습니다. 기한 내에 입금해 주세요.",
  issued: "카드가 등록되었습니다.",
  certified: "본인인증이 완료되었습니다.",
  cancelled: "결제를 취소했습니다.",
  failed: "결제에 실패했습니다.",
  receipt: "영수증 보기",
  bank: "은행",
  account: "계좌번호",
  holder: "예금주",
  deadline: "입금 기한",
  copy: "계좌번호 복사",
  copied: "복사했습니다.",
  retry: "다시 확인하기",
  orderSummary: "주문 내역",
  orderName: "상품명",
  amount: "결제 금액",
  taxFree: "면세 금액",
  payMethod: "결제 수단",
  buyerName: "이름",
  buyerTel: "휴대폰 번호",
  buyerEmail: "이메일",
  required: "필수 입력 항목입니다.",
  invalidTel: "010-1234-5678 형식으로 입력해 주세요.",
  invalidEmail: "name@example.com 형식으로 입력해 주세요.",
  agreeTerms: "주문 내용을 확인했으며 결제에 동의합니다.",
  termsRequired: "결제에 동의해 주세요.",
  methods: {
    card: "신용·체크카드",
    trans: "실시간계좌이체",
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
    SDK_LOAD_FAILED: "결제 모듈을 불러오지 못했습니다. 다시 시도해 주세요.",
    SDK_TIMEOUT: "결제 모듈 응답이 늦습니다. 다시 시도해 주세요.",
    SDK_UNAVAILABLE: "이 환경에서는 결제를 진행할 수 없습니다.",
    NOT_CONFIGURED: "결제 설정이 아직 준비되지 않았습니다.",
    INVALID_PARAMS: "결제 요청 정보가 올바르지 않습니다.",
    BUSY: "이미 결제창이 열려 있습니다.",
    PAYMENT_FAILED: "결제에 실패했습니다.",
    CANCELLED: "결제를 취소했습니다.",
    VERIFY_FAILED: "결제 확인이 지연되고 있습니다. 다시 확인해 주세요.",
    VERIFY_REJECTED: "결제를 확인할 수 없어 취소되었습니다.",
  },
};

const en: Messages = {
  payAmount: (amount) => `Pay ${amount}`,
  pay: "Pay",
  certify: "Verify identity",
  issueBillingKey: "Save card",
  loadingSdk: "Loading payments…",
  awaitingPayment: "Complete the payment in its window…",
  verifying: "Confirming your payment…",
  redirecting: "Taking you to the payment page…",
  checkingResult: "Checking your payment…",
  paid: "Payment complete.",
  ready: "Virtual account issued. Please deposit before the deadline.",
  issued: "Card saved.",
  certified: "Identity verified.",
  cancelled: "Payment cancelled.",
  failed: "Payment failed.",
  receipt: "View receipt",
  bank: "Bank",
  account: "Account number",
  holder: "Account holder",
  deadline: "Deposit by",
  copy: "Copy account number",
  copied: "Copied.",
  retry: "Check again",
  orderSummary: "Order summary",
  orderName: "Item",
  amount: "Amount",
  taxFree: "Tax-free amount",
  payMethod: "Payment method",
  buyerName: "Name",
  buyerTel: "Mobile number",
  buyerEmail: "Email",
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
    SDK_LOAD_FAILED: "Payments could not be loaded. Please try again.",
    SDK_TIMEOUT: "Payments are taking too long to load. Please try again.",
    SDK_UNAVAILABLE: "Payments are not available here.",
    NOT_CONFIGURED: "Payments are not set up yet.",
    INVALID_PARAMS: "The payment request is invalid.",
    BUSY: "A payment window is already open.",
    PAYMENT_FAILED: "Payment failed.",
    CANCELLED: "Payment cancelled.",
    VERIFY_FAILED: "Confirming your payment is taking longer than usual. You can check again.",
    VERIFY_REJECTED: "The payment could not be confirmed and was cancelled.",
  },
};

export const MESSAGES: Record<Locale, Messages> = { ko, en };

/** Formats an amount the way a Korean checkout shows it: "64,900원" in Korean, "₩64,900" in English. */
export function formatAmount(amount: number, currency: string, locale: Locale): string {
  if (locale === "ko" && currency === "KRW") return `${amount.toLocaleString("ko-KR")}원`;
  return new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { style: "currency", currency }).format(amount);
}
