export {
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  NEAR_LIMIT_RATIO,
} from './CharacterCounter';
export {
  type CharacterCounterMessages,
  DEFAULT_LOCALE,
  en,
  formatMessage,
  formatNumber,
  fr,
  getMessages,
  LOCALES,
  type Locale,
  type MessageParams,
  type Messages,
  messages,
  type PluralMessage,
  selectPlural,
} from './i18n/messages';
