import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, TenantDb } from '@tsunagu/platform/database';
import { DevOutboxMail } from './dev-outbox.entity';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface Mail {
  to: string;
  subject: string;
  /** Plain text with links only: never personal data about families. */
  text: string;
  /** Files such as a suppressed activity report: counts only, never a family's data. */
  attachments?: MailAttachment[];
}

/**
 * Sends mail once the current transaction commits (a rolled-back invitation sends nothing), over
 * SMTP (`SMTP_URL`), or into the dev outbox where no SMTP server is configured (demo mode only:
 * production requires SMTP_URL). Durable retries come with the job queue.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  /** Queues `mail` behind the open transaction, or sends it now when there is none. */
  async send(mail: Mail): Promise<void> {
    const deliver = () => this.deliver(mail);
    if (this.tenantDb.hasTransaction()) return this.tenantDb.afterCommit(deliver);
    if (this.platformDb.afterCommit(deliver)) return;
    await deliver();
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Sends `mail` now, throwing when it cannot: for jobs, which retry (never inside a transaction). */
  async deliver(mail: Mail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments?.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
      this.logger.log({ subject: mail.subject }, 'mail sent');
      return;
    }
    await this.platformDb.run('mail: keep a mail in the dev outbox', async (em) => {
      // The dev outbox keeps what a reader needs to see that the mail was right: attachments by name.
      const attached = (mail.attachments ?? []).map((a) => `\n[添付] ${a.filename} (${a.content.length} bytes)`);
      em.create(DevOutboxMail, { recipient: mail.to, subject: mail.subject, body: mail.text + attached.join('') });
      await em.flush();
    });
  }
}
