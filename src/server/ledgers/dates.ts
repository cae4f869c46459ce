// Today as a township sees it: the date in China Standard Time, whatever the server's zone.
const fmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function chinaDate(at: Date = new Date()): string {
  return fmt.format(at);
}
