-- AlterTable
ALTER TABLE "GameEvent" ADD COLUMN "leaseEpoch" INTEGER;

-- CreateTable
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "GameLease_expiresAt_idx" ON "GameLease"("expiresAt");
