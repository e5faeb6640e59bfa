import type { DocumentNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { errorKind } from './error-kind.js';
import { ingestOutcomes } from './ingest-outcomes.js';
import { operationNameOf } from './operation-name.js';
import type { ServerMetrics } from './server-metrics.js';

/** One operation in flight, from its parse to its result. */
interface InFlight {
  operation: string;
  started: number;
}

/**
 * Requests, errors and durations per operation, and the outcome of every ingestArticle. Each operation
 * (a batch has several) is followed from its parse to its end, which is its parse failing, its
 * validation failing, or its execution's result; the context object is the one thing all three share.
 */
export function useOperationMetrics(metrics: ServerMetrics): Plugin {
  const inFlight = new WeakMap<object, InFlight>();
  const finish = (context: object, errors: readonly Error[] | undefined) => {
    const op = inFlight.get(context);
    if (!op) return;
    inFlight.delete(context);
    metrics.duration.observe({ operation: op.operation }, (performance.now() - op.started) / 1000);
    if (errors?.length) metrics.errors.inc({ operation: op.operation, kind: errorKind(errors) });
  };
  return {
    onParse({ context }) {
      const started = performance.now();
      return ({ result }) => {
        const document = result && !(result instanceof Error) ? (result as DocumentNode) : null;
        const requested = (context as { params?: { operationName?: unknown } }).params?.operationName;
        const operation = metrics.operations.label(operationNameOf(document, requested));
        metrics.requests.inc({ operation });
        inFlight.set(context, { operation, started });
        if (!document) finish(context, result instanceof Error ? [result] : []);
      };
    },
    onValidate({ context }) {
      return ({ valid, result }) => {
        if (!valid) finish(context, result);
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return finish(args.contextValue as object, undefined);
          finish(args.contextValue as object, result.errors);
          for (const outcome of ingestOutcomes(args.document, args.operationName, result.data)) metrics.ingests.inc({ outcome });
        },
      };
    },
  };
}
