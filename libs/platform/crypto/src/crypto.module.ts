import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring } from './crypto';

@Global()
@Module({
  providers: [
    { provide: Keyring, useFactory: (config: AppConfig) => new Keyring(config.encryptionKeys), inject: [APP_CONFIG] },
  ],
  exports: [Keyring],
})
export class CryptoModule {}
