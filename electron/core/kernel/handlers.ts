import type { Channel, ChannelArgs, ChannelOutput } from '../../../shared/ipc/contract';

/**
 * What a handler returns when it must await something before it writes (reading an Excel file,
 * which exceljs does only asynchronously): the router awaits `write` outside any transaction, then
 * runs the write it resolves to in one unit of work together with the channel's audit entry.
 */
export class WriteAfter<O> {
  constructor(readonly write: Promise<() => O>) {}
}

/** What one channel does: its validated input in, its output (or an AppError) out. */
export type Handler<C extends Channel> = (
  input: ChannelArgs<C>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C> | WriteAfter<ChannelOutput<C>>;

/** A handler for each channel, typed from the contract, so a missing or extra one fails to compile. */
export type Handlers = { [C in Channel]: Handler<C> };

/** One feature's handler map: exactly the channels of its bare names list. */
export type FeatureHandlers<Names extends readonly Channel[]> = { [C in Names[number]]: Handler<C> };
