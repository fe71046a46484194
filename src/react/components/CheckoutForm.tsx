import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { PaymentOutcome } from "../../core/outcome";
import type { PaymentRequest, PayMethod } from "../../core/types";
import { usePayment } from "../usePayment";
import { formatAmount, type Messages } from "./messages";
import { PaymentResult } from "./PaymentResult";
import { cx, dispatchOutcome, useIsClient, useMessages } from "./shared";

export interface BuyerValues {
  name: string;
  tel: string;
  email: string;
}

type Field = keyof BuyerValues;
type OrderParams = Omit<PaymentRequest, "pay_method" | "buyer_name" | "buyer_tel" | "buyer_email">;

export interface CheckoutFormProps {
  /** The order; pay method and buyer fields come from the form. A function is called at submit time. */
  params: OrderParams | (() => OrderParams);
  /** Pay methods to offer, in order; default `["card"]`. */
  payMethods?: PayMethod[];
  payMethod?: PayMethod;
  defaultPayMethod?: PayMethod;
  onPayMethodChange?: (method: PayMethod) => void;
  /** Controlled buyer values; or `defaultBuyer` for uncontrolled use. */
  buyer?: Partial<BuyerValues>;
  defaultBuyer?: Partial<BuyerValues>;
  onBuyerChange?: (buyer: BuyerValues) => void;
  /** Which buyer fields must be filled; default name and tel (many PGs refuse a payment without `buyer_tel`). */
  required?: Field[];
  /** A consent checkbox that must be ticked before paying: `true` for the default text, or your own label. */
  terms?: ReactNode;
  onOutcome?: (outcome: PaymentOutcome) => void;
  onPaid?: (outcome: Extract<PaymentOutcome, { status: "paid" }>) => void;
  onReady?: (outcome: Extract<PaymentOutcome, { status: "ready" }>) => void;
  messages?: Partial<Messages>;
  className?: string;
}

const EMPTY: BuyerValues = { name: "", tel: "", email: "" };
const PATTERN: Partial<Record<Field, RegExp>> = {
  tel: /^0\d{1,2}-?\d{3,4}-?\d{4}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/** Props tying an input to its inline message, and the message itself. */
function described(id: string, error: string | null) {
  return {
    input: { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined },
    message: error && (
      <p id={`${id}-error`} className="iamport-field__error">
        {error}
      </p>
    ),
  };
}

function problem(field: Field, value: string, required: Field[], text: Messages): string | null {
  if (!value.trim()) return required.includes(field) ? text.required : null;
  if (PATTERN[field]?.test(value.trim()) === false) return field === "tel" ? text.invalidTel : text.invalidEmail;
  return null;
}

/** A drop-in checkout: order summary, pay-method choice, buyer fields with inline validation, optional consent, and the result. */
export function CheckoutForm({
  params,
  payMethods = ["card"],
  required = ["name", "tel"],
  terms,
  messages,
  className,
  ...props
}: CheckoutFormProps) {
  const payment = usePayment({
    onOutcome: (outcome) => dispatchOutcome(outcome, props.onOutcome, { paid: props.onPaid, ready: props.onReady }),
  });
  const { text, locale } = useMessages("CheckoutForm", messages);
  const client = useIsClient();
  const id = useId();
  const [ownBuyer, setOwnBuyer] = useState<BuyerValues>({ ...EMPTY, ...props.defaultBuyer });
  const [ownMethod, setOwnMethod] = useState<PayMethod>(props.defaultPayMethod ?? payMethods[0] ?? "card");
  const [agreed, setAgreed] = useState(false);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const inputs = useRef<Partial<Record<Field | "terms", HTMLInputElement | null>>>({});

  const buyer: BuyerValues = props.buyer ? { ...EMPTY, ...props.buyer } : ownBuyer;
  const method = props.payMethod ?? ownMethod;
  const order = typeof params === "function" ? params() : params;
  const currency = order.currency ?? "KRW";
  const errors = {
    name: problem("name", buyer.name, required, text),
    tel: problem("tel", buyer.tel, required, text),
    email: problem("email", buyer.email, required, text),
    terms: terms && !agreed ? text.termsRequired : null,
  };
  const show = (key: string) => setShown((s) => new Set(s).add(key));
  const update = (field: Field, value: string) => {
    const next = { ...buyer, [field]: value };
    if (!props.buyer) setOwnBuyer(next);
    props.onBuyerChange?.(next);
  };
  const choose = (next: PayMethod) => {
    if (props.payMethod === undefined) setOwnMethod(next);
    props.onPayMethodChange?.(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = (Object.keys(errors) as (keyof typeof errors)[]).filter((key) => errors[key]);
    if (invalid.length) {
      setShown(new Set(Object.keys(errors)));
      inputs.current[invalid[0]]?.focus();
      return;
    }
    // Called synchronously inside the submit event so popup-based PG windows are not blocked.
    const request = {
      ...(typeof params === "function" ? params() : params),
      pay_method: method,
      buyer_name: buyer.name.trim(),
      buyer_tel: buyer.tel.trim(),
    };
    void payment.requestPay(buyer.email.trim() ? { ...request, buyer_email: buyer.email.trim() } : request);
  };

  const field = (name: Field, label: string, type: string) => {
    const error = shown.has(name) ? errors[name] : null;
    const hint = described(`${id}-${name}`, error);
    return (
      <div className="iamport-field" data-invalid={error ? "" : undefined}>
        <label htmlFor={`${id}-${name}`}>
          {label}
          {required.includes(name) && <span aria-hidden="true"> *</span>}
        </label>
        <input
          ref={(node) => void (inputs.current[name] = node)}
          id={`${id}-${name}`}
          name={name}
          type={type}
          autoComplete={name}
          value={buyer[name]}
          required={required.includes(name)}
          {...hint.input}
          onChange={(e) => update(name, e.target.value)}
          onBlur={() => show(name)}
        />
        {hint.message}
      </div>
    );
  };

  const amount = formatAmount(order.amount, currency, locale);
  const termsError = shown.has("terms") ? errors.terms : null;
  const termsHint = described(`${id}-terms`, termsError);
  return (
    <form
      className={cx("iamport-form", className)}
      data-state={client ? payment.status : "placeholder"}
      noValidate
      onSubmit={submit}
      aria-busy={payment.isPending || undefined}
    >
      <section className="iamport-summary" aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{text.orderSummary}</h2>
        <dl>
          {order.name && (
            <>
              <dt>{text.orderName}</dt>
              <dd>{order.name}</dd>
            </>
          )}
          <dt>{text.amount}</dt>
          <dd className="iamport-summary__amount">{amount}</dd>
          {order.tax_free ? (
            <>
              <dt>{text.taxFree}</dt>
              <dd>{formatAmount(order.tax_free, currency, locale)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {payMethods.length > 1 && (
        <fieldset className="iamport-methods">
          <legend>{text.payMethod}</legend>
          {payMethods.map((m) => (
            <label key={m} className="iamport-method" data-checked={m === method ? "" : undefined}>
              <input type="radio" name={`${id}-method`} value={m} checked={m === method} onChange={() => choose(m)} />
              {text.methods[m] ?? m}
            </label>
          ))}
        </fieldset>
      )}
      {field("name", text.buyerName, "text")}
      {field("tel", text.buyerTel, "tel")}
      {field("email", text.buyerEmail, "email")}
      {terms && (
        <div className="iamport-terms" data-invalid={termsError ? "" : undefined}>
          <input
            ref={(node) => void (inputs.current.terms = node)}
            id={`${id}-terms`}
            type="checkbox"
            checked={agreed}
            {...termsHint.input}
            onChange={(e) => setAgreed(e.target.checked)}
          />
          <label htmlFor={`${id}-terms`}>{terms === true ? text.agreeTerms : terms}</label>
          {termsHint.message}
        </div>
      )}
      <button
        type="submit"
        className="iamport-button"
        data-state={client ? payment.status : "placeholder"}
        disabled={!client || payment.isPending}
        aria-busy={payment.isPending || undefined}
      >
        {text.payAmount(amount)}
      </button>
      <PaymentResult
        outcome={payment.outcome}
        pending={payment.isPending}
        phase={payment.phase}
        onRetry={() => void payment.retry()}
        messages={messages}
      />
    </form>
  );
}
