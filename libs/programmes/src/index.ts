export * from './programme.entities';
export * from './kpis';
export * from './programmes.module';
export * from './programmes.service';
