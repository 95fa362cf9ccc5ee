// Every platform limit the renderers enforce, in one place (docs/ARCHITECTURE.md and the platforms' own docs).

export const DISCORD = {
  contentChars: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  actionRows: 5,
  buttonLabel: 80,
  customId: 100,
  urlChars: 512,
} as const;

export const SLACK = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  buttonUrl: 3000,
  fallbackText: 3000,
} as const;

/** Custom-id / action-id prefixes shared by renderers and the adapters that handle clicks. */
export const BUTTON = {
  run: 'run:',
  share: 'share:',
} as const;
