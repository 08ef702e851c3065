/**
 * The `Content-Disposition` value of a call participant download: the conversation name with
 * runs of `/ : * ? " < > | -` and spaces collapsed to `-`, cut to 100 bytes, then the date in
 * the caller's time zone (UTC when it is unknown or invalid), as `CallController` names it.
 * Talk sends the name's raw UTF-8 bytes, so the value is a byte string (one char per byte).
 * @example
 * describeDownloadDisposition('Team: call', 'Europe/Berlin', Date.UTC(2026, 0, 1))
 * // 'attachment; filename="Team-call 2026-01-01.csv"'
 */
export function describeDownloadDisposition(roomName: string, timezone: string, epochMs: number): string {
  // Talk's pattern is '/[\/\\:*?"<>|\- ]+/' in a single-quoted PHP string: a backslash stays.
  const cleaned = new TextEncoder().encode(roomName.replace(/[/:*?"<>|\- ]+/g, '-')).slice(0, 100)
  const name = [...cleaned, ...new TextEncoder().encode(` ${formatDate(timezone, epochMs)}.csv`)]
  const bytes = String.fromCharCode(...name)
  return `attachment; filename="${bytes.replace(/["\\]/g, (char) => `\\${char}`)}"`
}

function formatDate(timezone: string, epochMs: number): string {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
  } catch {
    format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' })
  }
  const parts = Object.fromEntries(format.formatToParts(epochMs).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}
