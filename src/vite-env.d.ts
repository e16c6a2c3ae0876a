/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:deck-index' {
  /** Every card's progress key (`conceptId/cardId`), in deck order. */
  export const cardKeys: readonly string[];
  export const conceptCount: number;
}
