/**
 * One CSV line as PHP's `fputcsv($handle, $fields, escape: '')` writes it: comma-separated,
 * a field is quoted when it holds a comma, a quote, a tab, a space, CR or LF (quotes inside are
 * doubled), and the line ends with "\n".
 * @example
 * encodePhpCsvLine(['Alice Adams', '', 'users', 'alice']) // '"Alice Adams",,users,alice\n'
 */
export function encodePhpCsvLine(fields: readonly string[]): string {
  return `${fields.map(quoteField).join(',')}\n`
}

function quoteField(field: string): string {
  if (!/[,"\t\r\n ]/.test(field)) return field
  return `"${field.replace(/"/g, '""')}"`
}
