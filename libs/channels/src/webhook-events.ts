import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * The shapes of LINE webhook events that tsunagu relies on, after the LINE webhook specification
 * (../shared/specs/line/webhook.yml, `CallbackRequest` and the `Event` family): the parts we read,
 * their types and the limits of the columns they land in. Fields we do not read are let through
 * (LINE adds fields without notice). Two levels:
 *
 * - the **envelope** (`webhookBodyIssues`), what storing an event needs: checked at the ingress,
 *   and a delivery that fails it is refused (400) as a whole, since its events cannot be stored;
 * - the **content** (`webhookEventIssue`) of the types we process (message, postback, follow,
 *   unfollow, unsend): checked by the processor, which sets an event that fails it aside with the
 *   reason, once, instead of failing its job again and again.
 */

/** JavaScript's Date range: a timestamp beyond it has no date (`RangeError: Invalid time value`). */
const MAX_TIMESTAMP = 8_640_000_000_000_000;
const text = (maxLength?: number) => ({ type: 'string', ...(maxLength ? { maxLength } : {}) });
const id = { type: 'string', minLength: 1, maxLength: 64 };

const SOURCE = {
  type: 'object',
  required: ['type'],
  properties: {
    type: text(32),
    userId: id,
    groupId: text(),
    roomId: text(),
  },
};

const ENVELOPE = {
  type: 'object',
  required: ['type', 'timestamp', 'webhookEventId', 'deliveryContext'],
  properties: {
    type: { type: 'string', minLength: 1, maxLength: 32 },
    timestamp: { type: 'integer', minimum: 0, maximum: MAX_TIMESTAMP },
    mode: { enum: ['active', 'standby'] },
    webhookEventId: id,
    deliveryContext: {
      type: 'object',
      required: ['isRedelivery'],
      properties: { isRedelivery: { type: 'boolean' } },
    },
    source: SOURCE,
  },
};

const BODY = {
  type: 'object',
  required: ['events'],
  properties: {
    destination: text(64),
    events: { type: 'array', items: ENVELOPE },
  },
};

const CONTENT_PROVIDER = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: ['line', 'external'] }, originalContentUrl: text(), previewImageUrl: text() },
};

/** What each message type must carry (`MessageContent` and its subtypes). */
const MESSAGE_CONTENT: Record<string, object> = {
  text: {
    required: ['text'],
    properties: { text: text(), quoteToken: text(), quotedMessageId: text() },
  },
  image: { required: ['contentProvider'], properties: { contentProvider: CONTENT_PROVIDER, quoteToken: text() } },
  video: {
    required: ['contentProvider'],
    properties: { contentProvider: CONTENT_PROVIDER, duration: { type: 'integer' }, quoteToken: text() },
  },
  audio: {
    required: ['contentProvider'],
    properties: { contentProvider: CONTENT_PROVIDER, duration: { type: 'integer' } },
  },
  file: { required: ['fileName', 'fileSize'], properties: { fileName: text(), fileSize: { type: 'integer' } } },
  location: {
    required: ['latitude', 'longitude'],
    properties: { title: text(), address: text(), latitude: { type: 'number' }, longitude: { type: 'number' } },
  },
  sticker: {
    required: ['packageId', 'stickerId'],
    properties: { packageId: text(), stickerId: text(), stickerResourceType: text(), text: text(100) },
  },
};

const MESSAGE = {
  type: 'object',
  required: ['id', 'type'],
  properties: { id, type: { type: 'string', minLength: 1, maxLength: 16 } },
  allOf: Object.entries(MESSAGE_CONTENT).map(([type, schema]) => ({
    if: { properties: { type: { const: type } } },
    then: schema,
  })),
};

/** Reply tokens are kept (64 characters at most) to answer by reply. */
const REPLY_TOKEN = { replyToken: text(64) };

/** The content of each event type we process (`MessageEvent`, `PostbackEvent`, ...). */
const EVENT_CONTENT: Record<string, object> = {
  message: { required: ['message'], properties: { ...REPLY_TOKEN, message: MESSAGE } },
  postback: {
    required: ['postback'],
    properties: {
      ...REPLY_TOKEN,
      postback: { type: 'object', required: ['data'], properties: { data: text(), params: { type: 'object' } } },
    },
  },
  follow: {
    properties: {
      ...REPLY_TOKEN,
      follow: { type: 'object', properties: { isUnblocked: { type: 'boolean' } } },
    },
  },
  unfollow: {},
  unsend: {
    required: ['unsend'],
    properties: { unsend: { type: 'object', required: ['messageId'], properties: { messageId: id } } },
  },
};

const ajv = new Ajv({ allErrors: false, strict: false });
const validateBody = ajv.compile(BODY);
const validateContent = new Map<string, ValidateFunction>(
  Object.entries(EVENT_CONTENT).map(([type, schema]) => [
    type,
    ajv.compile({ allOf: [ENVELOPE, { type: 'object', ...schema }] }),
  ]),
);

/** Ajv's first error, as a path and a rule: never the value (events carry what families write). */
function describe(errors: ErrorObject[] | null | undefined): string {
  const error = errors?.[0];
  if (!error) return 'invalid';
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(event)';
  return `${path} ${error.message ?? 'is invalid'}`.slice(0, 200);
}

/** Why a webhook body cannot be stored, or null. */
export function webhookBodyIssues(body: unknown): string | null {
  return validateBody(body) ? null : describe(validateBody.errors);
}

/** Why a stored event of a type we process does not match LINE's shape for it, or null. */
export function webhookEventIssue(event: unknown): string | null {
  const type = (event as { type?: unknown } | null)?.type;
  const validate = typeof type === 'string' ? validateContent.get(type) : undefined;
  if (!validate) return null;
  return validate(event) ? null : describe(validate.errors);
}
