/**
 * The English strings of the account, settings and Saved pages, the reasons on hidden cards and the error pages: a
 * part of the catalogue (messages-en.ts spreads it in; messages-pages-ko.ts has every key).
 */
const episodes = (n: number) => (n === 1 ? '1 episode' : `${n} episodes`);
const items = (n: number) => (n === 1 ? '1 item' : `${n} items`);
type BuzzUnit = 'day' | 'week' | 'month';
const where = (watched: number | null) =>
  watched === null ? "you don't follow it" : watched === 0 ? "you haven't started it" : `you are at ep. ${watched}`;

export const pagesEn = {
  'account.setupTitle': 'Create account',
  'account.setupHeading': 'Welcome to haebang',
  'account.setupIntro': 'Create the owner account. The owner adds feeds, imports the catalog and adds other readers.',
  'account.create': 'Create account',
  'account.login': 'Log in',
  'account.name': 'Name',
  'account.password': 'Password',
  'account.rules': 'Names: 1-40 letters, digits, dots, underscores or hyphens. Passwords: at least 8 characters.',

  'saved.intro':
    'What you saved for later, the latest first. A saved item past your progress stays hidden until you reach it.',
  'saved.empty': 'Nothing saved yet. Press “Save for later” (or s) on an item.',
  'saved.older': 'Older saves',

  'show.flashProgress': 'Progress saved.',
  'show.flashUnfollowed': 'You no longer follow this show.',
  'show.progressNaN': 'Enter the number of the last episode you watched (0 if none yet).',
  'show.progressRange': (p: { total: number }) =>
    `This show has ${episodes(p.total)}: enter a whole number from 0 to ${p.total}.`,

  'settings.reading': 'Reading',
  'settings.unfollowed': "Shows you don't follow",
  'settings.policyHide': 'Hide all their plot',
  'settings.policyShow': 'Show everything',
  'settings.save': 'Save settings',
  'settings.policyInvalid': 'Choose "Hide all their plot" or "Show everything".',
  'settings.progress': 'Progress',
  'settings.progressNone': (p: { total: number }) => `following, nothing watched yet of ${p.total}`,
  'settings.progressThrough': (p: { episode: number; total: number }) =>
    `watched through episode ${p.episode} of ${p.total}`,
  'settings.noProgress': "You don't follow any show yet. Set your progress on a show's page, or pick your shows:",
  'settings.password': 'Password',
  'settings.currentPassword': 'Current password',
  'settings.newPassword': 'New password',
  'settings.passwordHelp': '8 to 200 characters. Your other sessions are logged out.',
  'settings.changePassword': 'Change password',
  'settings.demo': (p: { n: number }) =>
    `The feed also shows ${p.n === 1 ? '1 demo item' : `${p.n} demo items`} written for haebang, not real news.`,
  'settings.removeDemo': 'Remove the demo items',
  'settings.tooLarge': (p: { name: string }) => `${p.name}: larger than 10 MB`,

  'catalog.heading': 'Catalog',
  'catalog.imported': 'Catalog imported',
  'catalog.entries': 'Entries',
  'catalog.added': 'Added',
  'catalog.updated': 'Updated',
  'catalog.unchanged': 'Unchanged',
  'catalog.networks': 'networks',
  'catalog.people': 'people',
  'catalog.shows': 'shows',
  'catalog.file': 'Catalog file',
  'catalog.help':
    'A catalog JSON file. Nothing is imported if any entry is invalid; entries already here are updated in place. It is the format this command writes:',
  'catalog.import': 'Import catalog',
  'catalog.choose': 'Choose a catalog file to import.',
  'catalog.tooLarge': (p: { name: string }) => `${p.name} is larger than 10 MB; nothing was imported.`,

  'users.heading': 'Users',
  'users.owner': 'owner',
  'users.member': 'member',
  'users.name': 'Member name',
  'users.password': 'Member password',
  'users.add': 'Add user',

  'flash.reading': 'Reading settings saved.',
  'flash.password': 'Password changed. Your other sessions were logged out.',
  'flash.feed': 'Feed added. Its items arrive within a minute or two, at its first refresh.',
  'flash.demoRemoved': 'The demo items were removed. `haebang demo load` brings them back.',
  'flash.feedRemoved': 'Feed removed, and its items with it.',
  'flash.catalog': 'Catalog imported.',
  'flash.user': 'User added.',

  'reason.hidden': (p: { show: string; episode: number; watched: number | null }) =>
    `reveals ${p.show} ep. ${p.episode}; ${where(p.watched)}`,
  'reason.unsure': (p: { show: string; episode: number; watched: number | null }) =>
    `may reveal ${p.show} ep. ${p.episode} (the analyser is unsure of the episode); ${where(p.watched)}`,
  'reason.preAir': 'pre-air news: reveals no episode',
  'reason.shown': (p: { episode: number; watched: number | null; revealed: boolean }) =>
    `reveals up to ep. ${p.episode}; ${
      p.watched === null ? "you don't follow it and show everything of such shows" : where(p.watched)
    }${p.revealed && (p.watched ?? 0) < p.episode ? ' (you revealed it)' : ''}`,
  'reason.hiddenTitle': (p: { reasons: string }) => `hidden: ${p.reasons}`,

  'chart.ratingsTitle': 'Ratings by episode',
  'chart.episode': 'Episode',
  'chart.hidden': 'hidden',
  'chart.ratingTip': (p: { n: number; rating: string }) => `Episode ${p.n}: ${p.rating}`,
  'chart.noRatings': 'No ratings in the catalog yet',
  'chart.noEpisodes': 'No episodes in the catalog',
  'chart.episodeCount': (p: { n: number }) => `${episodes(p.n)}.`,
  'chart.oneShown': (p: { n: number; rating: string }) => `Rating shown for episode ${p.n}: ${p.rating}.`,
  'chart.rangeShown': (p: { count: number; low: string; lowN: number; high: string; highN: number }) =>
    `Ratings shown for ${p.count}: from ${p.low} (episode ${p.lowN}) to ${p.high} (episode ${p.highN}).`,
  'chart.hiddenCount': (p: { n: number }) => `${p.n} hidden until you watch ${p.n === 1 ? 'it' : 'them'}.`,
  'chart.unknownCount': (p: { n: number }) => `${p.n} without a known rating.`,
  'chart.perDay': 'Items per day',
  'chart.perWeek': 'Items per week',
  'chart.perMonth': 'Items per month',
  'chart.day': 'Day',
  'chart.weekOf': 'Week of',
  'chart.month': 'Month',
  'chart.itemTip': (p: { label: string; n: number }) => `${p.label}: ${items(p.n)}`,
  'chart.noItems': 'No items yet',
  'chart.noBuzz': 'No items about this show yet.',
  'chart.buzzOne': (p: { n: number; first: string }) => `${items(p.n)} on ${p.first}.`,
  'chart.buzzSpan': (p: {
    n: number;
    first: string;
    last: string;
    unit: BuzzUnit;
    busiest: string;
    busiestN: number;
  }) =>
    `${items(p.n)} from ${p.first} to ${p.last}, counted by ${p.unit}. The busiest ${p.unit}, ${p.busiest}, had ${p.busiestN}.`,

  /** Error messages by code, for readers of another language than the API's English messages. */
  'code.auth.invalid-credentials': 'Wrong name or password.',
  'code.auth.rate-limited': 'Too many failed attempts. Wait a little, then try again.',
  'code.auth.required': 'Log in to see this page.',
  'code.auth.forbidden': 'Only the owner can do this.',
  'code.auth.csrf': 'This form is out of date or came from another site. Reload the page and try again.',
  'code.not-found': 'There is nothing at this address.',
  'code.input': 'Something in what was sent is not right.',
  'code.fetch': 'The feed could not be fetched or read.',
  'code.feed.exists': 'This feed is followed already.',
  'code.storage': 'The database is not answering. Try again in a moment.',
  'code.other': 'Something went wrong on the server.',
  'code.original': 'The server said:',
};
