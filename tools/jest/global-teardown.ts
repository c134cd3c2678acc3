export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { tsunaguEmbedded?: { stop(): Promise<void> } }).tsunaguEmbedded;
  await embedded?.stop();
}
