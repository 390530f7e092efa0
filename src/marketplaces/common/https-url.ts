// Detectors' first step. https only: the manifest injects nowhere else, and a reading from a plain-http
// page could be forged in transit.
export function httpsUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}
