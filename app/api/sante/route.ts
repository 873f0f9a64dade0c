// Liveness probe for load balancers, and the trivial baseline of bench/ scripts.
export function GET() {
  return Response.json({ ok: true });
}
