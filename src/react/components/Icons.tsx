import type { ReactNode } from "react";
import type { Tone } from "./describe";

/** Line icons drawn for the kit (24×24, `currentColor`): no third-party logos. */
function Svg({ children, className }: { children: ReactNode; className: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const TONE_PATHS: Record<Tone, ReactNode> = {
  success: <path d="m7 12.5 3.2 3.2L17 9" />,
  ready: <path d="M12 7v5l3 2" />,
  delayed: <path d="M12 7v6M12 16.5v.5" />,
  cancelled: <path d="M8 12h8" />,
  failed: <path d="m9 9 6 6M15 9l-6 6" />,
};

/** A circled mark for a result: check, clock, exclamation, dash, cross. */
export function ToneIcon({ tone }: { tone: Tone }) {
  return (
    <Svg className="iamport-icon iamport-icon--tone">
      <circle cx="12" cy="12" r="10" />
      {TONE_PATHS[tone]}
    </Svg>
  );
}

const CARD = (
  <>
    <rect x="2.5" y="5" width="19" height="14" rx="2.5" />
    <path d="M2.5 9.5h19M6 15h4" />
  </>
);
const BANK = <path d="M3 10h18L12 4 3 10Zm2 0v7m4.7-7v7m4.6-7v7M19 10v7M3 20h18" />;
const VBANK = (
  <>
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="M8 8h8M8 12h8M8 16h4" />
  </>
);
const PHONE = (
  <>
    <rect x="6.5" y="2.5" width="11" height="19" rx="2.5" />
    <path d="M11 18.5h2" />
  </>
);
const WALLET = (
  <>
    <path d="M4 7.5A2.5 2.5 0 0 1 6.5 5H18v3" />
    <rect x="4" y="8" width="16.5" height="11" rx="2.5" />
    <path d="M16.5 13.5h.5" />
  </>
);

const METHOD_PATHS: Record<string, ReactNode> = { card: CARD, trans: BANK, vbank: VBANK, phone: PHONE };

/** A pay method's icon: card, bank transfer, virtual account, phone, or a wallet for the easy-pay brands. */
export function MethodIcon({ method }: { method: string }) {
  return <Svg className="iamport-icon iamport-icon--method">{METHOD_PATHS[method] ?? WALLET}</Svg>;
}

/** A spinner; `prefers-reduced-motion` stops it (styles.css). */
export function Spinner() {
  return <span className="iamport-spinner" aria-hidden="true" />;
}
