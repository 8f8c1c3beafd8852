/** Join codes use an alphabet without look-alikes (no 0/O, 1/I/L). Zod-free: browsers import it. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
