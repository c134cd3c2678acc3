import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { contentDisposition } from './content-disposition';
import { DownloadsService } from './downloads.service';

/**
 * `GET /downloads/:token` with the requester's own bearer token: the link alone opens nothing.
 */
@Controller('downloads')
export class DownloadsController {
  constructor(private readonly downloads: DownloadsService) {}

  @RequirePermission(Permission.FetchOwnDownload)
  @Get(':token')
  async fetch(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const userId = (request.user as { userId: string }).userId;
    const file = await this.downloads.fetch(token, userId);
    response
      .status(200)
      .set({
        'content-type': file.contentType,
        'content-disposition': contentDisposition('attachment', file.filename),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(file.content);
  }
}
