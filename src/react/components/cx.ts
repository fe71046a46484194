/** The component's base class plus the merchant's own. */
export const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);
