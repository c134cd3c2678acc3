import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { contentDisposition } from '@tsunagu/platform/downloads';
import { MediaService } from './media.service';

/** Shown in the page (an `<img>`, `<video>`, `<audio>`); everything else is only ever downloaded. */
const INLINE = /^(image\/(jpeg|png|gif|webp)|video\/[\w.+-]+|audio\/[\w.+-]+)$/;

/**
 * `GET /media/:id`: the content of a family's image, video, audio or file message, with the
 * caller's bearer token and `X-Tenant`, in the request's tenant transaction (which also holds the
 * view's audit event). What LINE gave is served as bytes that the browser must not interpret:
 * `nosniff`, a sandboxing CSP, and files as attachments.
 */
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @RequirePermission(Permission.ReadConsultations)
  @Get(':id')
  async view(@Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const media = await this.media.open(id);
    const inline = !media.fileName && INLINE.test(media.contentType);
    response.set({
      'content-type': media.contentType,
      'content-length': String(media.content.length),
      'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', media.fileName),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });
    return new StreamableFile(media.content);
  }
}
