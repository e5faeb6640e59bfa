import { pino, type Logger } from 'pino';

/** JSON logs on stderr for operators; stdout stays free for the CLI's reports. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'kg' } }, pino.destination(2));
}
