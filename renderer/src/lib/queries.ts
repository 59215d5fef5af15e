import {
  QueryClient,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type Query,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { useApi } from '../app/api-context';
import type { ApiClient, ApiError } from './api';

/**
 * The renderer's one data layer: TanStack Query over the typed API client. A query's key is its
 * channel and input; an `{ok:false}` Result becomes a thrown ApiError (code, message, details);
 * a mutation invalidates the queries of its feature (the channel's prefix) once it succeeds.
 */

declare module '@tanstack/react-query' {
  interface Register {
    // api.call throws nothing but ApiError: the transports turn every failure into a Result.
    defaultError: ApiError;
  }
}

export type ChannelKey<C extends Channel> = readonly [C, ChannelInput<C>];

export function channelKey<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelKey<C> {
  return [channel, input];
}

/** `clients.update` → `clients`: the feature whose queries a change may make stale. */
export function channelPrefix(channel: string): string {
  return channel.split('.')[0] ?? channel;
}

/** Whether a cached query belongs to one of these channel prefixes (`clients`, `vault.status`). */
export function queryHasPrefix(query: Pick<Query, 'queryKey'>, prefixes: readonly string[]): boolean {
  const [channel] = query.queryKey;
  return (
    typeof channel === 'string' &&
    prefixes.some((prefix) => channel === prefix || channel.startsWith(`${prefix}.`))
  );
}

/**
 * Defaults for a desktop app over a local core: an error answer is an answer (no retries, which
 * would only delay a LOCKED or VALIDATION), and nothing refetches on focus, which could replace
 * data under a form the user is typing into. A mutation's answer (a revealed ID, a PDF) is
 * dropped as soon as the component that asked for it is gone.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false, gcTime: 0 },
    },
  });
}

function channelQueryOptions<C extends Channel>(api: ApiClient, channel: C, input: ChannelInput<C>) {
  return {
    queryKey: channelKey(channel, input),
    queryFn: () => api.call(channel, input),
  };
}

export type ChannelQueryOptions<C extends Channel> = Omit<
  UseQueryOptions<ChannelOutput<C>, ApiError>,
  'queryKey' | 'queryFn'
>;

/** Reads a channel; the result is cached under [channel, input] and shared by every caller. */
export function useChannelQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: ChannelQueryOptions<C> = {},
): UseQueryResult<ChannelOutput<C>, ApiError> {
  const api = useApi();
  return useQuery({ ...options, ...channelQueryOptions(api, channel, input) });
}

/** Reads one channel with several inputs at once (the pages of a long list), each cached apart. */
export function useChannelQueries<C extends Channel>(
  channel: C,
  inputs: readonly ChannelInput<C>[],
  options: ChannelQueryOptions<C> = {},
): UseQueryResult<ChannelOutput<C>, ApiError>[] {
  const api = useApi();
  return useQueries({
    queries: inputs.map((input) => ({ ...options, ...channelQueryOptions(api, channel, input) })),
  });
}

export type ChannelMutationOptions<C extends Channel> = Omit<
  UseMutationOptions<ChannelOutput<C>, ApiError, ChannelInput<C>>,
  'mutationFn'
> & {
  /** Channel prefixes whose queries are stale after a success; the channel's own feature by default. */
  invalidates?: readonly string[];
};

/** Calls a channel that changes something, then refetches what that change made stale. */
export function useChannelMutation<C extends Channel>(
  channel: C,
  { invalidates, onSuccess, ...options }: ChannelMutationOptions<C> = {},
): UseMutationResult<ChannelOutput<C>, ApiError, ChannelInput<C>> {
  const api = useApi();
  const queryClient = useQueryClient();
  const prefixes = invalidates ?? [channelPrefix(channel)];
  return useMutation({
    ...options,
    mutationFn: (input: ChannelInput<C>) => api.call(channel, input),
    async onSuccess(...args) {
      if (prefixes.length > 0) {
        await queryClient.invalidateQueries({ predicate: (query) => queryHasPrefix(query, prefixes) });
      }
      await onSuccess?.(...args);
    },
  });
}
