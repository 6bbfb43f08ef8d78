/**
 * English UI strings. `zh.ts` must have exactly the same keys (its type is derived from this
 * file). Labels of domain enums live in `en-terms.ts`, typed against src/domain, so a new value
 * there fails type-checking until it has a label in both languages.
 */
import { basis, kinds, languages, relations, removalKinds, subtypes } from './en-terms';

export const en = {
  shell: {
    skip: 'Skip to content',
    language: 'Language',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', system: 'System' },
    copyLink: 'Copy link',
    copied: 'Copied',
    copiedStatus: 'Link to this view copied to the clipboard',
    copyFailed: 'Could not copy. Copy the address from the address bar instead.',
    shortcuts: 'Keyboard shortcuts (?)',
  },
  nav: {
    label: 'Main',
    timeline: 'Timeline',
    alliances: 'Alliances',
    network: 'Network',
    regions: 'Regions',
    about: 'About',
    search: 'Search',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    help: 'Show this help',
    search: 'Search articles, alliances, institutions and people',
    region: 'Open the region filter and type to narrow it',
    move: 'Previous / next entry in the timeline',
    ends: 'First / last entry in the timeline',
    close: 'Close a dialog or the region filter',
    dismiss: 'Close',
  },
  region: {
    label: 'Region',
    prefix: 'Region:',
    all: 'All regions',
    selected_one: '{{count}} selected',
    selected_other: '{{count}} selected',
    loading: 'Loading…',
    search: 'Filter regions',
    searchPlaceholder: 'Name or code, e.g. 陕西 or Xi’an',
    legend: 'Provinces, cities and districts',
    articles_one: '{{count}} article',
    articles_other: '{{count}} articles',
    noMatch: 'No region matches “{{query}}”.',
    clear: 'Clear',
    done: 'Done',
    active: 'Active region filter',
    remove: 'Remove {{name}} from the filter',
  },
  searchBox: {
    label: 'Search',
    placeholder: 'Search 联盟, names, places…',
    suggestions: 'Suggestions',
    searchFor: 'Search for “{{query}}”',
    submit: 'Search',
    loading: 'Searching…',
    failed: 'Search is unavailable.',
    count_one: '{{count}} suggestion',
    count_other: '{{count}} suggestions',
  },
  common: {
    loading: 'Loading…',
    loadingDataset: 'Loading the dataset…',
    loadingArticle: 'Loading the article…',
  },
  dates: {
    undated: 'undated',
    yearUnknown: ' (year unknown)',
    marks: { yearInferred: 'year inferred', inferred: 'inferred', curated: 'curated' },
  },
  errors: {
    dataset: 'The dataset could not be loaded',
    article: 'The article could not be loaded',
    somethingWrong: 'Something went wrong',
    schema: 'does not match the expected shape. Issues found:',
    more: '…and {{count}} more.',
    http: 'The server answered {{status}} for',
    unexpected: 'An unexpected error occurred.',
    retry: 'Retry',
    retrying: 'Retrying…',
  },
  notFound: {
    title: 'Page not found',
    detail: 'There is nothing at this address.',
    back: 'Back to the timeline',
    article: 'Article not found',
    articleDetail: 'No article in the dataset has the id “{{id}}”.',
    entity: 'Entity not found',
    entityDetail: 'No alliance, institution or person has the id “{{id}}”.',
  },
  facets: { type: 'Type', all: 'All types' },
  types: subtypes,
  subtypes,
  kinds,
  kindsPlural: {
    collaboration_one: 'Collaboration',
    collaboration_other: 'Collaborations',
    institution_one: 'Institution',
    institution_other: 'Institutions',
    person_one: 'Person',
    person_other: 'People',
  },
  relations,
  removalKinds,
  languages,
  basis,
  timeline: {
    title: 'Timeline',
    description_one:
      '{{count}} entry: {{dated}} dated, {{yearless}} without a year, {{undated}} undated. Dates are shown only as precisely as the source gives them.',
    description_other:
      '{{count}} entries: {{dated}} dated, {{yearless}} without a year, {{undated}} undated. Dates are shown only as precisely as the source gives them.',
    controls: 'Filters and time range',
    entries_one: '{{count}} entry',
    entries_other: '{{count}} entries',
    kinds: { event: 'Event', published: 'Published', undated: 'Article' },
    monthNotStated: '{{year}}, month not stated',
    lanes: {
      yearless: {
        title: 'Year unknown',
        note: 'The source gives a day and month but no year.',
      },
      undated: {
        title: 'Undated',
        note: 'Neither an event date nor a publication date is given.',
      },
    },
    outsideRange_one:
      '{{count}} entry without a year or a date is hidden while a time range is set.',
    outsideRange_other:
      '{{count}} entries without a year or a date are hidden while a time range is set.',
    empty: 'No entries match these filters.',
    keysHint: 'Use the up and down arrow keys to move between entries, Home and End to jump.',
    histogram: {
      label:
        'Entries per {{unit}} from {{first}} to {{last}}. Drag across the bars to choose a time range, or use the From and To fields.',
      units: { year: 'year', month: 'month' },
      bar: '{{bin}}: {{events}} events, {{published}} publications',
      dragHint: 'Drag across the bars to choose a range.',
      unplaced_one: '{{count}} date gives only a year and is not in any month.',
      unplaced_other: '{{count}} dates give only a year and are not in any month.',
    },
    range: {
      label: 'Time range',
      from: 'From',
      to: 'To',
      placeholder: 'YYYY-MM',
      format: 'YYYY, YYYY-MM or YYYY-MM-DD; either may be left empty.',
      invalid: 'Not a date: use YYYY, YYYY-MM or YYYY-MM-DD.',
      apply: 'Apply',
      clear: 'Clear range',
    },
  },
};

/** The same shape with any strings: what a translation must provide. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
