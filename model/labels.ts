// The few words the model itself prints (annex headings, note labels), per language.
export interface ModelLabels {
  annex: string;
  normative: string;
  informative: string;
  note: string;
  example: string;
  table: string;
  source: string;
  newIn: string;
  amendedIn: string;
}

const LABELS: Record<'en' | 'ru' | 'be', ModelLabels> = {
  en: {
    annex: 'Annex',
    normative: 'normative',
    informative: 'informative',
    note: 'NOTE',
    example: 'EXAMPLE',
    table: 'Table',
    source: 'SOURCE',
    newIn: 'new in',
    amendedIn: 'amended in',
  },
  ru: {
    annex: 'Приложение',
    normative: 'обязательное',
    informative: 'справочное',
    note: 'Примечание',
    example: 'Пример',
    table: 'Таблица',
    source: 'Источник',
    newIn: 'новое в',
    amendedIn: 'изменено в',
  },
  be: {
    annex: 'Дадатак',
    normative: 'абавязковы',
    informative: 'даведачны',
    note: 'Заўвага',
    example: 'Прыклад',
    table: 'Табліца',
    source: 'Крыніца',
    newIn: 'новае ў',
    amendedIn: 'зменена ў',
  },
};

/** Use to get the base language ('en', 'ru', 'be', …) of a BCP 47 tag. */
export function baseLanguage(lang: string | undefined): string {
  return (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
}

/** Use when rendering: labels in the standard's language, English when we have none. */
export function labelsFor(lang: string | undefined): ModelLabels {
  const base = baseLanguage(lang);
  return base === 'ru' || base === 'be' ? LABELS[base] : LABELS.en;
}
