// Output types of the review API, inferred from the server's router (type-only import).
import type { AppRouter } from "@threatscape/server";
import type { inferOutput, TRPCOptionsProxy } from "@trpc/tanstack-react-query";

type Review = TRPCOptionsProxy<AppRouter>["review"];

export type DebriefData = inferOutput<Review["debrief"]>;
export type Report = DebriefData["report"];
export type ReportRound = Report["rounds"][number];
export type ReplayData = inferOutput<Review["replay"]>;
export type TimelineEntry = ReplayData["timeline"][number];
export type StudentRow = inferOutput<Review["students"]>[number];
export type StudentSummaryData = inferOutput<Review["studentSummary"]>;
export type Annotation = inferOutput<Review["annotations"]["list"]>[number];
export type ForkOutcome = inferOutput<Review["fork"]>;
export type BotPolicy = ForkOutcome["policy"];
