import { envelope, notFound } from "./envelope";
import { route, type Route } from "./router";
import { visible, type FakeState } from "./state";

/** Identity verifications: look one up, or delete it from i'mport for good. */
export function certificationRoutes(state: FakeState): Route[] {
  return [
    route("GET", "/certifications/:imp_uid", ({ params: [impUid], tier }) => {
      const found = visible(state.certifications.get(impUid), tier);
      return found ? envelope(found) : notFound("인증결과");
    }),
    route("DELETE", "/certifications/:imp_uid", ({ params: [impUid], tier }) => {
      const found = visible(state.certifications.get(impUid), tier);
      if (!found) return notFound("인증결과");
      state.certifications.delete(impUid);
      return envelope(found);
    }),
  ];
}
