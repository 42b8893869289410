/** The languages the router reads: English and French (the product's two languages). */
export type RoutingLocale = 'en' | 'fr';
