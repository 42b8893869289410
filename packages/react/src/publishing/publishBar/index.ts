export { PublishBar, type PublishBarProps } from './PublishBar';
