export * from './article';
export * from './dataset';
export * from './dates';
export * from './entity';
export * from './ids';
export * from './language';
export * from './region';
export * from './shards';
