import { Controller, Headers, HttpCode, Param, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '@tsunagu/platform/permissions';
import { WebhookService, type IngressResult } from './webhook.service';

/**
 * `POST /webhooks/line/:lineChannelId`. Public: LINE authenticates with the signature of the body,
 * which the service verifies before anything is stored.
 */
@Controller('webhooks/line')
export class WebhookController {
  constructor(private readonly webhook: WebhookService) {}

  @Public()
  @Post(':lineChannelId')
  @HttpCode(200)
  receive(
    @Param('lineChannelId') lineChannelId: string,
    @Headers('x-line-signature') signature: string | undefined,
    @Req() request: RawBodyRequest<Request>,
  ): Promise<IngressResult> {
    return this.webhook.receive(lineChannelId, request.rawBody ?? Buffer.alloc(0), signature, request.body);
  }
}
