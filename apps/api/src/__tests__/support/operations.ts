import { ModulesContainer, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type INestApplicationContext, type Type } from '@nestjs/common';
import { IS_PUBLIC, REQUIRED_PERMISSION } from '@tsunagu/platform/permissions';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Every GraphQL query and mutation and every HTTP route of the app, with what the access guard
 * will require of it: a permission, `@Public()`, or NONE (which the guard refuses).
 */
export function operationPermissions(app: INestApplicationContext): Record<string, string> {
  const reflector = app.get(Reflector);
  const result: Record<string, string> = {};
  for (const module of app.get(ModulesContainer).values()) {
    const classes = [
      ...[...module.providers.values()].map((p) => p.metatype),
      ...[...module.controllers.values()].map((c) => c.metatype),
    ].filter((m): m is Type => typeof m === 'function' && m.prototype !== undefined);
    for (const cls of classes) {
      const isController = Reflect.getMetadata(PATH_METADATA, cls) !== undefined && module.controllers.has(cls);
      for (const key of Object.getOwnPropertyNames(cls.prototype)) {
        if (key === 'constructor') continue;
        // Descriptors, not property reads: a getter (TenantDb.em) must not run here.
        const handler = Object.getOwnPropertyDescriptor(cls.prototype, key)?.value as unknown;
        if (typeof handler !== 'function') continue;
        let name: string | undefined;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
          name = `${type}.${(Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? key}`;
        } else if (isController && Reflect.getMetadata(PATH_METADATA, handler) !== undefined) {
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const path = [Reflect.getMetadata(PATH_METADATA, cls), Reflect.getMetadata(PATH_METADATA, handler)]
            .filter((p: string) => p && p !== '/')
            .join('/');
          name = `${method} /${path}`;
        }
        if (!name) continue;
        const targets = [handler as () => unknown, cls];
        result[name] = reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)
          ? 'PUBLIC'
          : (reflector.getAllAndOverride<string>(REQUIRED_PERMISSION, targets) ?? 'NONE');
      }
    }
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}
