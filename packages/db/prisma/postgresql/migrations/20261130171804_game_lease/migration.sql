-- AlterTable
ALTER TABLE "GameEvent" ADD COLUMN     "leaseEpoch" INTEGER;

-- CreateTable
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GameLease_pkey" PRIMARY KEY ("gameId")
);

-- CreateIndex
CREATE INDEX "GameLease_expiresAt_idx" ON "GameLease"("expiresAt");
