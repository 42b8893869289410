export {
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  NEAR_LIMIT_RATIO,
} from './CharacterCounter';
