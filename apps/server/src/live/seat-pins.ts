// Seat PINs: a short credential per student that brings the same participant record to
// another browser or device (join code + PIN). Derived, not stored: an HMAC of the
// participant id keyed with the game's instructor-secret hash, which never leaves the
// server, so a PIN is stable across restarts and needs no new column.
import { createHmac, timingSafeEqual } from "node:crypto";
import { JOIN_CODE_ALPHABET, SEAT_PIN_LENGTH } from "@threatscape/protocol";

/** The ten-character PIN of one participant of a game. */
export function seatPin(gameKey: string, participantId: string): string {
  const bytes = createHmac("sha256", gameKey).update(`seat-pin:${participantId}`).digest();
  let pin = "";
  for (let i = 0; i < SEAT_PIN_LENGTH; i++)
    pin += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
  return pin;
}

/** Whether `pin` is this participant's (constant time). */
export function pinMatches(gameKey: string, participantId: string, pin: string): boolean {
  const expected = Buffer.from(seatPin(gameKey, participantId));
  const given = Buffer.from(pin);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
