// A session created in this tab shows its secrets once in the console: the flag lives in
// sessionStorage so a reload of the console later does not show them again uninvited.
const key = (gameId: string) => `threatscape:fresh:${gameId}`;

export function markFreshSession(gameId: string): void {
  try {
    window.sessionStorage.setItem(key(gameId), "1");
  } catch {
    // No storage: the secrets stay reachable from the console's "Access" panel.
  }
}

export function takeFreshSession(gameId: string): boolean {
  try {
    const fresh = window.sessionStorage.getItem(key(gameId)) === "1";
    window.sessionStorage.removeItem(key(gameId));
    return fresh;
  } catch {
    return false;
  }
}
