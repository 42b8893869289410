export { TemplateGallery, type TemplateGalleryProps } from './TemplateGallery';
