export * from './fold';
export * from './search-options';
export * from './tokenize';
export * from './query';
