import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { KgContext } from '../graphql/context.js';

/**
 * Reports the store round trips of each operation: in the log at debug level always, and with `trace` in
 * the response as `extensions.kg = { roundTrips, store }`, so a client can see what a query costs.
 */
export function useStoreTrace(options: { trace: boolean; storeKind: string }): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          const { counter, logger } = args.contextValue as unknown as KgContext;
          const kg = { roundTrips: counter.roundTrips, store: options.storeKind };
          logger.debug({ operation: args.operationName ?? null, ...kg, ms: Math.round(performance.now() - started) }, 'executed');
          if (!options.trace || isAsyncIterable(result)) return;
          setResult({ ...result, extensions: { ...result.extensions, kg } });
        },
      };
    },
  };
}
