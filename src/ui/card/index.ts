export { Card } from './Card';
export type { CardClaim, CardProps } from './model';
