// GET /export/<gameId>/<table>.<csv|json>?key=<instructor or staff secret>: a plain link a
// browser can download (the same content as tRPC review.export); and
// GET /export/<gameId>/workbook.xlsx?key=...: the grading workbook, a sheet per table.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { GameRegistry } from "../live/game-registry.ts";
import { ExportFormat, ExportTable } from "../review/exports.ts";
import { ReviewService } from "../review/review-service.ts";
import type { Database } from "@threatscape/db";
import type { AccessLimits } from "../limits/rate-limits.ts";
import { authorise } from "../sessions/access.ts";

const ExportRequest = z.union([
  z.object({
    gameId: z.string().min(1).max(64),
    table: ExportTable,
    format: ExportFormat,
    key: z.string().min(16).max(200),
  }),
  z.object({
    gameId: z.string().min(1).max(64),
    table: z.literal("workbook"),
    format: z.literal("xlsx"),
    key: z.string().min(16).max(200),
  }),
]);

export const exportPath = /^\/export\/([^/]+)\/([a-z]+)\.([a-z]+)$/;

export async function handleExportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { registry: GameRegistry; db: Database; limits: AccessLimits; address: string },
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const match = exportPath.exec(url.pathname);
  const parsed = ExportRequest.safeParse({
    gameId: match?.[1],
    table: match?.[2],
    format: match?.[3],
    key: url.searchParams.get("key") ?? undefined,
  });
  const send = (status: number, code: string, message: string) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code, message } }));
  };
  if (!parsed.success) {
    return send(
      400,
      "BAD_REQUEST",
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  }
  const { gameId, key } = parsed.data;
  const room = await authorise(deps.registry, deps.limits, deps.address, gameId, key, true, "view");
  if (room === "limited")
    return send(429, "RATE_LIMITED", "too many wrong secrets: wait a minute and try again");
  if (!room) return send(401, "UNAUTHORISED", "wrong session or secret");
  const review = new ReviewService(deps.db, room);
  const request = parsed.data;
  const file =
    request.table === "workbook"
      ? await review.workbook()
      : await review.export(request.table, request.format);
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.filename}"`,
    "cache-control": "no-store",
  });
  res.end(file.content);
}
