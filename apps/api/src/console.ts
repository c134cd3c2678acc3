import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from '@tsunagu/platform/config';

/** Paths the API answers itself: the console's fallback never shadows them, whatever their method. */
const API_PREFIXES = ['/graphql', '/health', '/media', '/downloads', '/records-import', '/webhooks'];

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Security headers on every response: a Content-Security-Policy that allows only this origin's
 * scripts, styles, fonts and connections (no inline script, no inline style sheet: the console's
 * build emits files only), no framing, no referrer leaving the origin.
 */
export function securityHeaders(app: NestExpressApplication, config: AppConfig): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          // A family's video or audio is shown from memory (a blob), fetched with the bearer token.
          mediaSrc: ["'self'", 'blob:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      // Over plain http (the demo on localhost) a browser ignores it anyway.
      strictTransportSecurity: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    }),
  );
}

/**
 * Serves the built console (`CONSOLE_DIR`, by default `dist/apps/console`, which `npm run build`
 * writes) at `/`: its hashed assets cached for a year, and `index.html`, never cached, for every
 * other GET of a page (a request that accepts HTML) outside the API's own paths (the console's routes: `/kobe/inbox`,
 * `/accept-invitation`, ...). Nothing is served when the console was not built.
 */
export function serveConsole(app: NestExpressApplication, config: AppConfig): boolean {
  const index = join(config.consoleDir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(config.consoleDir, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      const hashed = path.startsWith(join(config.consoleDir, 'assets'));
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // Only a browser's navigation gets the page: an API client's GET of another route is not shadowed.
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    // A file that does not exist (an old asset, a typo) is a 404, not the console.
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index, (error) => {
      if (error) next(error);
    });
  });
  return true;
}
