/** Ids of every command the extension registers (the same strings as in package.json). */
export const CommandIds = {
  compareSources: 'reprintLens.compareSources',
  compareActiveWith: 'reprintLens.compareActiveWith',
  findReprints: 'reprintLens.findReprintsOfSelection',
  showQuoteOrigins: 'reprintLens.showQuoteOrigins',
  useArticleLanguage: 'reprintLens.useArticleLanguage',
  rebuildIndex: 'reprintLens.rebuildIndex',
  /** Opens one appearance of a passage; used by hover links, so it checks its arguments. */
  openAppearance: 'reprintLens.openAppearance',
  /** Shows a cluster (by id) in the Reused Passages view; used by CodeLens. */
  revealCluster: 'reprintLens.revealCluster',
  /** Shows an article (by path) in the Articles view; used by CodeLens. */
  revealArticle: 'reprintLens.revealArticle',
  compareWithSources: 'reprintLens.compareWithSources',
  exportReport: 'reprintLens.exportReport',
  openPassimOutput: 'reprintLens.openPassimOutput',
  clearResults: 'reprintLens.clearResults',
  /** Not contributed: the Reprint Lens views as their providers give them to VS Code. */
  testViews: 'reprintLens.test.views',
  /** Not contributed: the spans highlighted in each visible editor. */
  testDecorations: 'reprintLens.test.decorations',
  /** Not contributed: the status bar item's text, when shown. */
  testStatusBar: 'reprintLens.test.statusBar',
  /** Not contributed: lets integration tests read what the comparison view was sent. */
  testLastCompare: 'reprintLens.test.lastCompare',
  testReloadIndex: 'reprintLens.test.reloadIndex',
  /** Not contributed: how the session behind the index was built, once a background build is done. */
  testSessionState: 'reprintLens.test.sessionState',
} as const;

/** The language id of news articles. */
export const ARTICLE_LANGUAGE = 'reprint-article';
