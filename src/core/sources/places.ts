// Places that look like two-word person names ("North Korea", "Hong Kong") or that speak for their
// governments ("South Africa said"): the UN member states with multi-word names, large cities, states.
export const MULTIWORD_PLACES = new Set(
  (
    'North Korea|South Korea|South Africa|Saudi Arabia|United States|United Kingdom|New Zealand|Sri Lanka|' +
    'Costa Rica|Puerto Rico|El Salvador|Sierra Leone|South Sudan|Burkina Faso|Ivory Coast|Czech Republic|' +
    'Dominican Republic|Papua New Guinea|Hong Kong|New York|New Delhi|Los Angeles|San Francisco|San Diego|' +
    'Las Vegas|New Orleans|Tel Aviv|Buenos Aires|Rio de Janeiro|Sao Paulo|São Paulo|Mexico City|Abu Dhabi|' +
    'Kuala Lumpur|Cape Town|Cape Canaveral|Northern Ireland|West Bank|Gaza Strip|East Asia|Middle East|' +
    'South Carolina|North Carolina|South Dakota|North Dakota|West Virginia|New Jersey|New Mexico|New Hampshire|' +
    'Rhode Island|Great Britain|Latin America|South America|North America|Central America|Southeast Asia|' +
    'Korean Peninsula|Silicon Valley|Wall Street|White House|Downing Street|Capitol Hill|Kim Il Sung Square'
  ).split('|'),
);

export const COUNTRIES = new Set(
  (
    'Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|' +
    'Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|Croatia|Cuba|Cyprus|' +
    'Denmark|Ecuador|Egypt|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|' +
    'Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|' +
    'Kuwait|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Morocco|' +
    'Mozambique|Myanmar|Nepal|Netherlands|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Panama|Paraguay|Peru|' +
    'Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|' +
    'Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|Uruguay|' +
    'Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Britain|England|Scotland|Wales|Europe|Africa|Asia|' +
    'Beijing|Moscow|Washington|London|Paris|Berlin|Tokyo|Seoul|Pyongyang|Kyiv|Kiev|Tehran|Cairo|Tunis|Harare|' +
    'Madrid|Rome|Brussels|Geneva|Ottawa|Canberra|Delhi|Mumbai|Shanghai|Taipei|Damascus|Baghdad|Kabul|Khartoum|' +
    'Nairobi|Jerusalem|Istanbul|Ankara|Riyadh|Dubai|Doha|Havana|Caracas|Lima|Bogota|Santiago|Kingston|Sydney|' +
    'Melbourne|Toronto|Chicago|Boston|Houston|Dallas|Miami|Seattle|Atlanta|Philadelphia|Frankfurt|Munich|Hamburg|' +
    // The one-word US states (news names them as often as countries), and the largest Australian and
    // Canadian ones that are no given name.
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|' +
    'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|' +
    'Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|' +
    'Wisconsin|Wyoming|Queensland|Tasmania|Ontario|Quebec'
  ).split('|'),
);

export function isPlace(name: string): boolean {
  return MULTIWORD_PLACES.has(name) || COUNTRIES.has(name);
}
