// A card's progress key: `conceptId/cardId`, so editing a card's text keeps its history. The only place it is built.
export type CardKey = `${string}/${string}`;
export const cardKey = (conceptId: string, cardId: string): CardKey => `${conceptId}/${cardId}`;
