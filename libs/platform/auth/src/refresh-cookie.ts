import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import type { LoginOutcome } from './auth.service';

/** The cookie that carries a browser's refresh token. */
export const REFRESH_COOKIE = 'tsunagu_refresh';

/**
 * The header a browser client (the web console) sends on every GraphQL request to keep its refresh
 * token in the cookie instead of the body: `X-Tsunagu-Client: console`. A custom header cannot be
 * sent across origins without a CORS preflight, which this API never grants.
 */
export const CLIENT_HEADER = 'x-tsunagu-client';
export const COOKIE_CLIENT = 'console';

/** Only GraphQL requests carry the cookie: no page, asset, media or download request ever sends it. */
const COOKIE_PATH = '/graphql';

/**
 * The refresh token of a browser lives in an HttpOnly, SameSite=Strict cookie (Secure in
 * production), so no script of the page can read it. It is set by the mutations that open or
 * renew a session, read only by `refreshToken` (and cleared by `logout`), and only from requests
 * that name the console client; API clients keep the token in the body as before.
 */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The request comes from the console, which keeps its refresh token in the cookie. */
  wanted(request: Request): boolean {
    return request.headers[CLIENT_HEADER] === COOKIE_CLIENT;
  }

  /** For the console: the refresh token moves from the body into the cookie. Others: unchanged. */
  deliver<T extends LoginOutcome>(request: Request, response: Response, payload: T): T {
    if (!this.wanted(request) || !payload.refreshToken) return payload;
    response.cookie(REFRESH_COOKIE, payload.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: COOKIE_PATH,
      maxAge: this.config.jwtRefreshTtlSeconds * 1000,
    });
    return { ...payload, refreshToken: null };
  }

  /** The cookie's refresh token, from a console request only. */
  read(request: Request): string | undefined {
    if (!this.wanted(request)) return undefined;
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name !== REFRESH_COOKIE) continue;
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  clear(request: Request, response: Response): void {
    if (!this.wanted(request)) return;
    response.clearCookie(REFRESH_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: COOKIE_PATH,
    });
  }
}
