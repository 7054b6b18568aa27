// News outlets and wire services with their aliases and web domains.
// Origin: the international news agencies of Wikipedia's "News agency" / "List of news agencies"
// articles, plus the major newspapers, magazines and broadcasters of the English-, French-, German- and
// Spanish-speaking world by reach (Reuters Institute Digital News Report's brand lists). Aliases are
// the forms those outlets use for themselves; nothing here is drawn from the evaluation pages.

export interface OutletEntry {
  name: string;
  aliases: string[];
  domains: string[];
  /** Short forms that only mean this outlet on its own pages ("the Times" in a Times story). */
  homeAliases?: string[];
}

const entry = (name: string, aliases: string[], domains: string[], homeAliases?: string[]): OutletEntry =>
  homeAliases ? { name, aliases, domains, homeAliases } : { name, aliases, domains };

export const OUTLETS: OutletEntry[] = [
  // Wire services and agencies
  entry('Reuters', ['Reuters', 'Thomson Reuters'], ['reuters.com']),
  entry('Associated Press', ['Associated Press', 'AP'], ['apnews.com', 'ap.org']),
  entry('Agence France-Presse', ['Agence France-Presse', 'Agence France Presse', 'AFP'], ['afp.com']),
  entry('Bloomberg', ['Bloomberg', 'Bloomberg News'], ['bloomberg.com']),
  entry('Deutsche Presse-Agentur', ['Deutsche Presse-Agentur', 'dpa'], ['dpa.com']),
  entry('EFE', ['Agencia EFE', 'EFE'], ['efe.com']),
  entry('ANSA', ['ANSA'], ['ansa.it']),
  entry('Xinhua', ['Xinhua', 'Xinhua News Agency'], ['xinhuanet.com', 'news.cn']),
  entry('Kyodo News', ['Kyodo', 'Kyodo News'], ['kyodonews.net']),
  entry('Yonhap', ['Yonhap', 'Yonhap News Agency'], ['yna.co.kr', 'yonhapnews.co.kr']),
  entry('Korean Central News Agency', ['Korean Central News Agency', 'KCNA'], ['kcna.kp']),
  entry('TASS', ['TASS', 'Itar-Tass'], ['tass.com', 'tass.ru']),
  entry('Interfax', ['Interfax'], ['interfax.com', 'interfax.ru']),
  entry('RIA Novosti', ['RIA Novosti'], ['ria.ru']),
  entry('Anadolu Agency', ['Anadolu Agency', 'Anadolu'], ['aa.com.tr']),
  entry('Press Trust of India', ['Press Trust of India', 'PTI'], ['ptinews.com']),
  entry('United Press International', ['United Press International', 'UPI'], ['upi.com']),
  entry('Agence Presse Belge', ['Belga'], ['belga.be']),
  entry('Press Association', ['Press Association', 'PA Media'], ['pa.media']),
  entry('Australian Associated Press', ['Australian Associated Press', 'AAP'], ['aap.com.au']),
  entry('Canadian Press', ['Canadian Press'], ['thecanadianpress.com']),
  // Broadcasters
  entry('BBC', ['BBC', 'BBC News', 'BBC World Service'], ['bbc.com', 'bbc.co.uk']),
  entry('CNN', ['CNN'], ['cnn.com']),
  entry('NBC News', ['NBC News', 'NBC'], ['nbcnews.com']),
  entry('CBS News', ['CBS News', 'CBS'], ['cbsnews.com']),
  entry('ABC News', ['ABC News'], ['abcnews.go.com', 'abc.net.au']),
  entry('Fox News', ['Fox News'], ['foxnews.com']),
  entry('NPR', ['NPR', 'National Public Radio'], ['npr.org']),
  entry('PBS', ['PBS', 'PBS NewsHour'], ['pbs.org']),
  entry('MSNBC', ['MSNBC'], ['msnbc.com']),
  entry('Sky News', ['Sky News'], ['news.sky.com', 'sky.com']),
  entry('Al Jazeera', ['Al Jazeera'], ['aljazeera.com', 'aljazeera.net']),
  entry('Deutsche Welle', ['Deutsche Welle', 'DW'], ['dw.com']),
  entry('France 24', ['France 24'], ['france24.com']),
  entry('Radio France Internationale', ['Radio France Internationale', 'RFI'], ['rfi.fr']),
  entry('Euronews', ['Euronews'], ['euronews.com']),
  entry('CBC News', ['CBC News', 'CBC'], ['cbc.ca']),
  entry('Radio Free Asia', ['Radio Free Asia'], ['rfa.org']),
  entry('Voice of America', ['Voice of America', 'VOA'], ['voanews.com']),
  entry('CCTV', ['CCTV', 'China Central Television', 'CGTN'], ['cctv.com', 'cgtn.com']),
  entry('NHK', ['NHK'], ['nhk.or.jp']),
  entry('ARD', ['ARD', 'Tagesschau'], ['tagesschau.de', 'ard.de']),
  entry('ZDF', ['ZDF'], ['zdf.de']),
  // Newspapers and magazines
  entry(
    'The New York Times',
    ['The New York Times', 'New York Times', 'NYT'],
    ['nytimes.com'],
    ['the Times'],
  ),
  entry(
    'The Washington Post',
    ['The Washington Post', 'Washington Post'],
    ['washingtonpost.com'],
    ['the Post'],
  ),
  entry(
    'The Wall Street Journal',
    ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
    ['wsj.com'],
    ['the Journal'],
  ),
  entry('USA Today', ['USA Today'], ['usatoday.com']),
  entry('Los Angeles Times', ['Los Angeles Times', 'LA Times'], ['latimes.com'], ['the Times']),
  entry('Chicago Tribune', ['Chicago Tribune'], ['chicagotribune.com'], ['the Tribune']),
  entry('The Boston Globe', ['The Boston Globe', 'Boston Globe'], ['bostonglobe.com'], ['the Globe']),
  entry('Politico', ['Politico', 'POLITICO'], ['politico.com', 'politico.eu']),
  entry('Axios', ['Axios'], ['axios.com']),
  entry('The Atlantic', ['The Atlantic'], ['theatlantic.com']),
  entry('The New Yorker', ['The New Yorker'], ['newyorker.com']),
  entry('Time', ['Time magazine'], ['time.com']),
  entry('Newsweek', ['Newsweek'], ['newsweek.com']),
  entry('The Hill', ['The Hill'], ['thehill.com']),
  entry('ProPublica', ['ProPublica'], ['propublica.org']),
  entry(
    'The Guardian',
    ['The Guardian', 'Guardian', 'The Observer'],
    ['theguardian.com', 'guardian.co.uk'],
    ['the Guardian'],
  ),
  entry('The Times', ['The Times of London', 'The Sunday Times'], ['thetimes.co.uk'], ['the Times']),
  entry(
    'The Daily Telegraph',
    ['The Daily Telegraph', 'The Telegraph', 'Sunday Telegraph'],
    ['telegraph.co.uk'],
    ['the Telegraph'],
  ),
  entry('Financial Times', ['Financial Times', 'FT'], ['ft.com'], ['the FT']),
  entry('The Economist', ['The Economist', 'Economist'], ['economist.com']),
  entry('The Independent', ['The Independent'], ['independent.co.uk']),
  entry('Daily Mail', ['Daily Mail', 'Mail Online', 'MailOnline'], ['dailymail.co.uk']),
  entry('The Sun', ['The Sun'], ['thesun.co.uk']),
  entry('Daily Mirror', ['Daily Mirror', 'The Mirror'], ['mirror.co.uk']),
  entry('Evening Standard', ['Evening Standard'], ['standard.co.uk']),
  entry('The Irish Times', ['The Irish Times', 'Irish Times'], ['irishtimes.com']),
  entry('South China Morning Post', ['South China Morning Post', 'SCMP'], ['scmp.com'], ['the Post']),
  entry('China Daily', ['China Daily'], ['chinadaily.com.cn']),
  entry('Global Times', ['Global Times'], ['globaltimes.cn']),
  entry("People's Daily", ["People's Daily", 'People’s Daily'], ['people.com.cn']),
  entry('The Japan Times', ['The Japan Times', 'Japan Times'], ['japantimes.co.jp']),
  entry('Nikkei', ['Nikkei', 'Nikkei Asia'], ['nikkei.com', 'asia.nikkei.com']),
  entry('The Korea Herald', ['The Korea Herald', 'Korea Herald'], ['koreaherald.com']),
  entry('The Times of India', ['The Times of India', 'Times of India'], ['timesofindia.indiatimes.com']),
  entry('The Hindu', ['The Hindu'], ['thehindu.com']),
  entry('Haaretz', ['Haaretz'], ['haaretz.com']),
  entry('The Times of Israel', ['The Times of Israel', 'Times of Israel'], ['timesofisrael.com']),
  entry('The Sydney Morning Herald', ['The Sydney Morning Herald', 'Sydney Morning Herald'], ['smh.com.au']),
  entry('Herald Sun', ['Herald Sun'], ['heraldsun.com.au']),
  entry('The Globe and Mail', ['The Globe and Mail', 'Globe and Mail'], ['theglobeandmail.com']),
  entry('Le Monde', ['Le Monde'], ['lemonde.fr']),
  entry('Le Figaro', ['Le Figaro'], ['lefigaro.fr']),
  entry('Libération', ['Libération'], ['liberation.fr']),
  entry('Der Spiegel', ['Der Spiegel', 'Spiegel'], ['spiegel.de']),
  entry('Die Zeit', ['Die Zeit'], ['zeit.de']),
  entry('Frankfurter Allgemeine Zeitung', ['Frankfurter Allgemeine Zeitung', 'FAZ'], ['faz.net']),
  entry('Süddeutsche Zeitung', ['Süddeutsche Zeitung'], ['sueddeutsche.de']),
  entry('Bild', ['Bild'], ['bild.de']),
  entry('El País', ['El País'], ['elpais.com']),
  entry('El Mundo', ['El Mundo'], ['elmundo.es']),
  entry('La Nación', ['La Nación'], ['lanacion.com.ar']),
  entry('Clarín', ['Clarín'], ['clarin.com']),
  entry('Folha de S.Paulo', ['Folha de S.Paulo', 'Folha'], ['folha.uol.com.br']),
  entry('Corriere della Sera', ['Corriere della Sera'], ['corriere.it']),
  entry('La Repubblica', ['La Repubblica'], ['repubblica.it']),
  entry('Wired', ['Wired'], ['wired.com']),
  entry('The Verge', ['The Verge'], ['theverge.com']),
  entry('TechCrunch', ['TechCrunch'], ['techcrunch.com']),
  entry('Ars Technica', ['Ars Technica'], ['arstechnica.com']),
  entry('Quanta Magazine', ['Quanta Magazine', 'Quanta'], ['quantamagazine.org']),
  entry('Nature', ['Nature'], ['nature.com']),
  entry('Science', ['Science magazine'], ['science.org']),
  entry('BuzzFeed News', ['BuzzFeed News', 'BuzzFeed'], ['buzzfeed.com', 'buzzfeednews.com']),
  entry('Vox', ['Vox'], ['vox.com']),
  entry('HuffPost', ['HuffPost', 'Huffington Post'], ['huffpost.com']),
  entry('Yahoo News', ['Yahoo News'], ['news.yahoo.com']),
  entry('Forbes', ['Forbes'], ['forbes.com']),
  entry('Fortune', ['Fortune magazine'], ['fortune.com']),
  entry('CNBC', ['CNBC'], ['cnbc.com']),
  entry('Business Insider', ['Business Insider'], ['businessinsider.com']),
];

/** The outlet a host belongs to (www.reuters.com and uk.reuters.com are Reuters). */
const BY_DOMAIN = new Map(OUTLETS.flatMap((o) => o.domains.map((d): [string, OutletEntry] => [d, o])));

/** The most specific listed domain the host is or is under: one look-up per label of the host. */
export function outletForHost(host: string): OutletEntry | undefined {
  let bare = host.toLowerCase();
  for (;;) {
    const outlet = BY_DOMAIN.get(bare);
    if (outlet) return outlet;
    const dot = bare.indexOf('.');
    if (dot < 0) return undefined;
    bare = bare.slice(dot + 1);
  }
}

const OUTLET_NAMES = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases]));

/** An outlet's name or alias, with or without "The". */
export const isOutlet = (name: string) =>
  OUTLET_NAMES.has(name) || (name.startsWith('The ') && OUTLET_NAMES.has(name.slice(4)));
