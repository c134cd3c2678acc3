import {
  followEvent,
  postbackEvent,
  randomLineUserId,
  redelivery,
  signature,
  textMessageEvent,
  webhookBody,
} from './webhook-events';

export interface SimulationOptions {
  /** Where the tsunagu API listens, e.g. http://localhost:3000. */
  apiBaseUrl: string;
  lineChannelId: string;
  channelSecret: string;
  /** The family (a LINE user id); a new one when left out. */
  userId?: string;
  /** Add the account first (a follow event). */
  follow?: boolean;
  text?: string;
  /** Tap a button: a postback with this data (`survey` restarts the survey, as a rich menu button would). */
  postback?: string;
  /** With `postback`: the date a datetime picker gave (`2024-12-15`). */
  date?: string;
  /** Deliver the message a second time, as LINE redelivers (it must change nothing). */
  redeliver?: boolean;
}

export interface SimulationResult {
  userId: string;
  deliveries: { webhookEventIds: string[]; redelivery: boolean; status: number; body: string }[];
}

/**
 * What a family does on LINE, as signed webhook deliveries to tsunagu (`npm run line:simulate`).
 * The bodies are the ones LINE sends (valid against ../shared/specs/line/webhook.yml).
 */
export async function simulateFamily(options: SimulationOptions): Promise<SimulationResult> {
  const userId = options.userId ?? randomLineUserId();
  const events: Record<string, unknown>[] = [];
  if (options.follow) events.push(followEvent(userId));
  const message = options.postback
    ? postbackEvent(userId, options.postback, options.date ? { date: options.date } : undefined)
    : options.text
      ? textMessageEvent(userId, options.text)
      : undefined;
  if (message) events.push(message);
  const result: SimulationResult = { userId, deliveries: [] };
  const deliver = async (batch: Record<string, unknown>[], isRedelivery: boolean) => {
    const raw = JSON.stringify(webhookBody(batch));
    const response = await fetch(`${options.apiBaseUrl}/webhooks/line/${options.lineChannelId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature(options.channelSecret, raw) },
      body: raw,
    });
    result.deliveries.push({
      webhookEventIds: batch.map((e) => e['webhookEventId'] as string),
      redelivery: isRedelivery,
      status: response.status,
      body: await response.text(),
    });
  };
  if (events.length) await deliver(events, false);
  if (message && options.redeliver) await deliver([redelivery(message)], true);
  return result;
}
