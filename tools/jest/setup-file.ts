// Runs before each test file, in its own realm. MikroORM keeps decorator metadata on a global
// object that Jest shares between test files run in one process (and with the global setup):
// metadata built in another realm breaks discovery (mikro-orm#3783), so each file starts clean.
import { MetadataStorage } from '@mikro-orm/core';

MetadataStorage.clear();
