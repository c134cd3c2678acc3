export * from './report';
export * from './period';
