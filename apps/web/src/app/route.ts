// GET /: the landing page as plain HTML (no client JavaScript), see landing-html.ts.
import { landingHtml } from "./landing-html";

export function GET(): Response {
  return new Response(landingHtml(), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
