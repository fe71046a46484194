// IAMPORT_FAKE=1 only: the fake SDK (`api=` in its src) posts what its window "paid" here, and
// `connectFakeIamport` makes it a payment the fake REST API knows, so the verify route verifies it for real.
import { fake, isFake } from "../../../../lib/iamport";

export function POST(request: Request) {
  if (!isFake()) return Response.json({ error: "Not found." }, { status: 404 });
  return fake().glue.handle(request);
}
