import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from '../../graphql/graphql-js.js';

/**
 * A time budget per operation: past it the client gets REQUEST_TIMEOUT and its connection is released.
 * The store work itself is bounded separately (Neo4j's transaction timeout, and the cost limit that keeps
 * embedded reads small), so nothing keeps running long after the answer.
 */
export function useRequestTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(
                    `The request took longer than ${timeoutMs} ms, this server's budget for one request (KG_REQUEST_TIMEOUT_MS); ask for less.`,
                    {
                      extensions: { code: 'REQUEST_TIMEOUT' },
                    },
                  ),
                ],
              }),
            timeoutMs,
          );
        });
        return Promise.race([Promise.resolve(executeFn(args)), timedOut]).finally(() => clearTimeout(timer)) as ReturnType<
          typeof executeFn
        >;
      });
    },
  };
}
