import { createHmac } from "node:crypto";

/**
 * User ids are never stored: a keyed hash (HMAC-SHA256 with STORE_HASH_SECRET) stands in for them. It is
 * enough to count one vote per user and to share a cooldown, and without the secret the hash cannot be
 * turned back into an id by trying every possible one.
 */
export function userHasher(secret: string): (userId: string) => string {
  return (userId) => createHmac("sha256", secret).update(userId).digest("base64url");
}
