// Lines of the docker CLI's deploy output that are advice about the CLI itself (newer CLIs' --detach notice), not about this deploy: shown dimmed.
const ADVICE = [/^Since --detach=false was not specified/, /^In a future release, --detach=false will become the default/];

export function isCliAdvice(text: string): boolean {
  return ADVICE.some((a) => a.test(text.trim()));
}
