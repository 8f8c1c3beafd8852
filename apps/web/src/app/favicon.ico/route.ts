// GET /favicon.ico: browsers ask for it on every page whatever the pages link (the plain-HTML
// join page too); the app's one icon is app/icon.svg, so this points there.
export function GET(request: Request): Response {
  return Response.redirect(new URL("/icon.svg", request.url), 308);
}
