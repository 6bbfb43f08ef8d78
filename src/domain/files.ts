/** Paths of the generated files, relative to the dataset root (`public/data`). */
export const DATASET_FILES = {
  index: 'index.json',
  article: (id: string) => `articles/${id}.json`,
} as const;
