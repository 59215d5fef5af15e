/** Presentation mode's addresses (inside the hash). `present` is the one the deck editor links to. */
export const presentationPaths = {
  audience: (deckId: string) => `/briefings/${encodeURIComponent(deckId)}/present`,
  presenter: (deckId: string) => `/briefings/${encodeURIComponent(deckId)}/presenter`,
  editor: (deckId: string) => `/briefings/${encodeURIComponent(deckId)}`,
};
