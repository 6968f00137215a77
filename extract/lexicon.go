package extract

import (
	"strings"
	"sync"
)

// This file holds the extractor's built-in word lists: states with their
// common short names, aliases and demonyms, international bodies, major
// cities and sub-national regions. They are general reference data (no
// person, date or event from any corpus) and serve as the fallback behind
// the shared gazetteer adapter in geo.go.

// countryTable lists "Short name|alias;alias|demonym;demonym".
var countryTable = []string{
	"Afghanistan|Islamic Republic of Afghanistan|Afghan",
	"Albania|Republic of Albania|Albanian",
	"Algeria|People's Democratic Republic of Algeria|Algerian",
	"Andorra||Andorran",
	"Angola|Republic of Angola|Angolan",
	"Antigua and Barbuda||Antiguan",
	"Argentina|Argentine Republic|Argentine;Argentinian",
	"Armenia|Republic of Armenia|Armenian",
	"Australia|Commonwealth of Australia|Australian",
	"Austria|Republic of Austria|Austrian",
	"Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri",
	"Bahamas|The Bahamas|Bahamian",
	"Bahrain|Kingdom of Bahrain|Bahraini",
	"Bangladesh|People's Republic of Bangladesh|Bangladeshi",
	"Barbados||Barbadian",
	"Belarus|Republic of Belarus|Belarusian",
	"Belgium|Kingdom of Belgium|Belgian",
	"Belize||Belizean",
	"Benin|Republic of Benin|Beninese",
	"Bhutan|Kingdom of Bhutan|Bhutanese",
	"Bolivia|Plurinational State of Bolivia|Bolivian",
	"Bosnia and Herzegovina|Bosnia|Bosnian",
	"Botswana|Republic of Botswana|Botswanan;Motswana",
	"Brazil|Federative Republic of Brazil|Brazilian",
	"Brunei|Brunei Darussalam|Bruneian",
	"Bulgaria|Republic of Bulgaria|Bulgarian",
	"Burkina Faso||Burkinabe",
	"Burundi|Republic of Burundi|Burundian",
	"Cambodia|Kingdom of Cambodia|Cambodian",
	"Cameroon|Republic of Cameroon|Cameroonian",
	"Canada||Canadian",
	"Cape Verde|Cabo Verde|Cape Verdean",
	"Central African Republic||Central African",
	"Chad|Republic of Chad|Chadian",
	"Chile|Republic of Chile|Chilean",
	"China|People's Republic of China;Peoples' Republic of China;PRC;P.R.C.;Chinese mainland;mainland China|Chinese;Sino",
	"Colombia|Republic of Colombia|Colombian",
	"Comoros|Union of the Comoros|Comorian",
	"Congo|Republic of the Congo;Congo-Brazzaville|Congolese",
	"DR Congo|Democratic Republic of the Congo;DRC;Congo-Kinshasa|",
	"Costa Rica|Republic of Costa Rica|Costa Rican",
	"Côte d'Ivoire|Cote d'Ivoire;Ivory Coast|Ivorian",
	"Croatia|Republic of Croatia|Croatian",
	"Cuba|Republic of Cuba|Cuban",
	"Cyprus|Republic of Cyprus|Cypriot",
	"Czech Republic|Czechia|Czech",
	"Denmark|Kingdom of Denmark|Danish",
	"Djibouti|Republic of Djibouti|Djiboutian",
	"Dominica|Commonwealth of Dominica|Dominican",
	"Dominican Republic||",
	"Ecuador|Republic of Ecuador|Ecuadorian",
	"Egypt|Arab Republic of Egypt|Egyptian",
	"El Salvador|Republic of El Salvador|Salvadoran",
	"Equatorial Guinea||Equatoguinean",
	"Eritrea|State of Eritrea|Eritrean",
	"Estonia|Republic of Estonia|Estonian",
	"Eswatini|Swaziland|Swazi",
	"Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian",
	"Fiji|Republic of Fiji|Fijian",
	"Finland|Republic of Finland|Finnish",
	"France|French Republic|French",
	"Gabon|Gabonese Republic|Gabonese",
	"Gambia|The Gambia|Gambian",
	"Georgia||Georgian",
	"Germany|Federal Republic of Germany|German",
	"Ghana|Republic of Ghana|Ghanaian",
	"Greece|Hellenic Republic|Greek;Hellenic",
	"Grenada||Grenadian",
	"Guatemala|Republic of Guatemala|Guatemalan",
	"Guinea|Republic of Guinea|Guinean",
	"Guinea-Bissau||Bissau-Guinean",
	"Guyana|Co-operative Republic of Guyana|Guyanese",
	"Haiti|Republic of Haiti|Haitian",
	"Honduras|Republic of Honduras|Honduran",
	"Hungary||Hungarian",
	"Iceland||Icelandic",
	"India|Republic of India|Indian",
	"Indonesia|Republic of Indonesia|Indonesian",
	"Iran|Islamic Republic of Iran|Iranian",
	"Iraq|Republic of Iraq|Iraqi",
	"Ireland|Republic of Ireland|Irish",
	"Israel|State of Israel|Israeli",
	"Italy|Italian Republic|Italian",
	"Jamaica||Jamaican",
	"Japan||Japanese",
	"Jordan|Hashemite Kingdom of Jordan|Jordanian",
	"Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani",
	"Kenya|Republic of Kenya|Kenyan",
	"Kiribati||I-Kiribati",
	"Kosovo|Republic of Kosovo|Kosovar",
	"Kuwait|State of Kuwait|Kuwaiti",
	"Kyrgyzstan|Kyrgyz Republic|Kyrgyz",
	"Laos|Lao PDR;Lao People's Democratic Republic;Lao|Laotian",
	"Latvia|Republic of Latvia|Latvian",
	"Lebanon|Lebanese Republic|Lebanese",
	"Lesotho|Kingdom of Lesotho|Basotho",
	"Liberia|Republic of Liberia|Liberian",
	"Libya|State of Libya|Libyan",
	"Liechtenstein||",
	"Lithuania|Republic of Lithuania|Lithuanian",
	"Luxembourg|Grand Duchy of Luxembourg|Luxembourgish",
	"Madagascar|Republic of Madagascar|Malagasy",
	"Malawi|Republic of Malawi|Malawian",
	"Malaysia||Malaysian",
	"Maldives|Republic of Maldives|Maldivian",
	"Mali|Republic of Mali|Malian",
	"Malta|Republic of Malta|Maltese",
	"Marshall Islands|Republic of the Marshall Islands|Marshallese",
	"Mauritania|Islamic Republic of Mauritania|Mauritanian",
	"Mauritius|Republic of Mauritius|Mauritian",
	"Mexico|United Mexican States|Mexican",
	"Micronesia|Federated States of Micronesia|Micronesian",
	"Moldova|Republic of Moldova|Moldovan",
	"Monaco|Principality of Monaco|Monegasque",
	"Mongolia||Mongolian",
	"Montenegro||Montenegrin",
	"Morocco|Kingdom of Morocco|Moroccan",
	"Mozambique|Republic of Mozambique|Mozambican",
	"Myanmar|Burma;Republic of the Union of Myanmar|Myanmar;Burmese",
	"Namibia|Republic of Namibia|Namibian",
	"Nauru|Republic of Nauru|Nauruan",
	"Nepal|Federal Democratic Republic of Nepal|Nepalese;Nepali",
	"Netherlands|The Netherlands;Holland;Kingdom of the Netherlands|Dutch",
	"New Zealand||New Zealand",
	"Nicaragua|Republic of Nicaragua|Nicaraguan",
	"Niger|Republic of the Niger|Nigerien",
	"Nigeria|Federal Republic of Nigeria|Nigerian",
	"North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea|North Korean",
	"North Macedonia|Republic of North Macedonia;Macedonia|North Macedonian;Macedonian",
	"Norway|Kingdom of Norway|Norwegian",
	"Oman|Sultanate of Oman|Omani",
	"Pakistan|Islamic Republic of Pakistan|Pakistani",
	"Palau|Republic of Palau|Palauan",
	"Palestine|State of Palestine|Palestinian",
	"Panama|Republic of Panama|Panamanian",
	"Papua New Guinea|PNG|Papua New Guinean",
	"Paraguay|Republic of Paraguay|Paraguayan",
	"Peru|Republic of Peru|Peruvian",
	"Philippines|The Philippines;Republic of the Philippines|Philippine;Filipino",
	"Poland|Republic of Poland|Polish",
	"Portugal|Portuguese Republic|Portuguese",
	"Qatar|State of Qatar|Qatari",
	"Romania||Romanian",
	"Russia|Russian Federation|Russian",
	"Rwanda|Republic of Rwanda|Rwandan",
	"Saint Lucia||Saint Lucian",
	"Samoa|Independent State of Samoa|Samoan",
	"San Marino||Sammarinese",
	"Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian",
	"Senegal|Republic of Senegal|Senegalese",
	"Serbia|Republic of Serbia|Serbian",
	"Seychelles|Republic of Seychelles|Seychellois",
	"Sierra Leone|Republic of Sierra Leone|Sierra Leonean",
	"Singapore|Republic of Singapore|Singaporean",
	"Slovakia|Slovak Republic|Slovak",
	"Slovenia|Republic of Slovenia|Slovenian;Slovene",
	"Solomon Islands||Solomon Islander",
	"Somalia|Federal Republic of Somalia|Somali",
	"South Africa|Republic of South Africa|South African",
	"South Korea|ROK;R.O.K.;Republic of Korea;Korea|South Korean;Korean",
	"South Sudan|Republic of South Sudan|South Sudanese",
	"Spain|Kingdom of Spain|Spanish",
	"Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan",
	"Sudan|Republic of the Sudan|Sudanese",
	"Suriname|Republic of Suriname|Surinamese",
	"Sweden|Kingdom of Sweden|Swedish",
	"Switzerland|Swiss Confederation|Swiss",
	"Syria|Syrian Arab Republic|Syrian",
	"Tajikistan|Republic of Tajikistan|Tajik",
	"Tanzania|United Republic of Tanzania|Tanzanian",
	"Thailand|Kingdom of Thailand|Thai",
	"Timor-Leste|East Timor|Timorese",
	"Togo|Togolese Republic|Togolese",
	"Tonga|Kingdom of Tonga|Tongan",
	"Trinidad and Tobago||Trinidadian",
	"Tunisia|Tunisian Republic|Tunisian",
	"Turkey|Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey|Turkish",
	"Turkmenistan||Turkmen",
	"Tuvalu||Tuvaluan",
	"Uganda|Republic of Uganda|Ugandan",
	"Ukraine||Ukrainian",
	"United Arab Emirates|UAE;U.A.E.;Emirates|Emirati",
	"United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British",
	"United States|US;U.S.;USA;U.S.A.;United States of America;America|American",
	"Uruguay|Oriental Republic of Uruguay|Uruguayan",
	"Uzbekistan|Republic of Uzbekistan|Uzbek",
	"Vanuatu|Republic of Vanuatu|Ni-Vanuatu",
	"Venezuela|Bolivarian Republic of Venezuela|Venezuelan",
	"Vietnam|Viet Nam;Socialist Republic of Viet Nam;Socialist Republic of Vietnam|Vietnamese",
	"Yemen|Republic of Yemen|Yemeni",
	"Zambia|Republic of Zambia|Zambian",
	"Zimbabwe|Republic of Zimbabwe|Zimbabwean",
	"Taiwan||Taiwanese",
	"Hong Kong|Hong Kong SAR|",
	"Macao|Macau;Macao SAR|",
}

// orgTable lists "Short name|alias;alias|country" for international bodies
// and for parties and institutions that stand for their state.
var orgTable = []string{
	"NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation|",
	"EU|European Union;European Commission;European Council;EEAS;European External Action Service|",
	"UN|United Nations;U.N.;UN Secretariat;United Nations Secretariat|",
	"ASEAN|Association of Southeast Asian Nations;ASEAN Secretariat;ASEC|",
	"WHO|World Health Organization|",
	"OSCE|Organization for Security and Co-operation in Europe|",
	"World Bank|World Bank Group;WBG|",
	"IMF|International Monetary Fund|",
	"WTO|World Trade Organization|",
	"G20|Group of Twenty|",
	"G7|Group of Seven|",
	"Arab League|League of Arab States;LAS|",
	"AU|African Union;African Union Commission|",
	"SCO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization|",
	"GCC|Gulf Cooperation Council|",
	"OPEC|Organization of the Petroleum Exporting Countries|",
	"IAEA|International Atomic Energy Agency|",
	"UNESCO|United Nations Educational, Scientific and Cultural Organization|",
	"UNICEF|United Nations Children's Fund|",
	"UNHCR|UN Refugee Agency|",
	"ICRC|International Committee of the Red Cross|",
	"OIC|Organisation of Islamic Cooperation;Organization of Islamic Cooperation|",
	"CELAC|Community of Latin American and Caribbean States|",
	"BRICS||",
	"AIIB|Asian Infrastructure Investment Bank|",
	"ADB|Asian Development Bank|",
	"OECD|Organisation for Economic Co-operation and Development|",
	"Council of Europe||",
	"Pacific Islands Forum|PIF|",
	"CPC|Communist Party of China;Chinese Communist Party;CCP|China",
	"NPC|National People's Congress|China",
	"CPPCC|Chinese People's Political Consultative Conference|China",
	"FCDO|Foreign, Commonwealth & Development Office;Foreign, Commonwealth and Development Office;Foreign and Commonwealth Office;Foreign & Commonwealth Office|United Kingdom",
	"US Congress|U.S. Congress;United States Congress|United States",
	"White House||United States",
	"Kremlin||Russia",
}

// cityTable lists "City|alias;alias|country" for capitals, major cities
// and the usual summit venues. Unlike the gazetteer's world cities (which
// cityNamed consults only after "in", "visiting" and the like), these are
// recognized anywhere as places, so that "Munich" or "Sochi" never reads as
// a person's name; a name must be unambiguous to be listed. Venues that
// GeoNames lacks or files as hamlets (Boao, Davos, Camp David) are here for
// the same reason. Smaller cities are left to the gazetteer.
var cityTable = []string{
	"Beijing|Peking|China", "Shanghai||China", "Guangzhou||China", "Shenzhen||China", "Hangzhou||China",
	"Xiamen||China", "Tianjin||China", "Chongqing||China", "Chengdu||China", "Wuhan||China", "Xi'an|Xian|China",
	"Nanjing||China", "Kunming||China", "Qingdao||China", "Dalian||China", "Suzhou||China",
	"Sanya||China", "Boao||China", "Changsha||China", "Harbin||China", "Urumqi||China", "Lhasa||China",
	"Nanning||China", "Fuzhou||China", "Zhengzhou||China", "Jinan||China", "Hefei||China", "Tianjin||China",
	"Washington|Washington D.C.;Washington, D.C.;Washington DC|United States", "New York|New York City|United States",
	"San Francisco||United States", "Los Angeles||United States", "Chicago||United States", "Honolulu||United States",
	"Seattle||United States", "Boston||United States", "Houston||United States", "Miami||United States",
	"Anchorage||United States", "Atlanta||United States", "Palm Beach||United States", "Camp David||United States",
	"Moscow||Russia", "St. Petersburg|Saint Petersburg|Russia", "Sochi||Russia", "Vladivostok||Russia", "Kazan||Russia",
	"London||United Kingdom", "Edinburgh||United Kingdom", "Manchester||United Kingdom",
	"Paris||France", "Marseille||France", "Berlin||Germany", "Munich||Germany", "Hamburg||Germany",
	"Bonn||Germany", "Frankfurt||Germany", "Rome||Italy", "Milan||Italy", "Madrid||Spain", "Barcelona||Spain",
	"Lisbon||Portugal", "Brussels||Belgium", "Amsterdam||Netherlands", "The Hague||Netherlands",
	"Luxembourg||Luxembourg", "Geneva||Switzerland", "Bern||Switzerland", "Davos||Switzerland", "Zurich||Switzerland",
	"Vienna||Austria", "Prague||Czech Republic", "Warsaw||Poland", "Budapest||Hungary", "Bratislava||Slovakia",
	"Ljubljana||Slovenia", "Zagreb||Croatia", "Belgrade||Serbia", "Sarajevo||Bosnia and Herzegovina",
	"Podgorica||Montenegro", "Skopje||North Macedonia", "Tirana||Albania", "Pristina||Kosovo", "Athens||Greece",
	"Thessaloniki||Greece", "Sofia||Bulgaria", "Bucharest||Romania", "Chisinau||Moldova", "Kyiv|Kiev|Ukraine",
	"Minsk||Belarus", "Vilnius||Lithuania", "Riga||Latvia", "Tallinn||Estonia", "Helsinki||Finland",
	"Stockholm||Sweden", "Oslo||Norway", "Copenhagen||Denmark", "Reykjavik||Iceland", "Dublin||Ireland",
	"Valletta||Malta", "Nicosia||Cyprus", "Ankara||Turkey", "Istanbul||Turkey", "Antalya||Turkey",
	"Tbilisi||Georgia", "Yerevan||Armenia", "Baku||Azerbaijan", "Astana|Nur-Sultan|Kazakhstan", "Almaty||Kazakhstan",
	"Tashkent||Uzbekistan", "Samarkand||Uzbekistan", "Bishkek||Kyrgyzstan", "Dushanbe||Tajikistan",
	"Ashgabat||Turkmenistan", "Kabul||Afghanistan", "Islamabad||Pakistan", "Karachi||Pakistan", "Lahore||Pakistan",
	"New Delhi|Delhi|India", "Mumbai||India", "Kathmandu||Nepal", "Thimphu||Bhutan", "Dhaka||Bangladesh",
	"Colombo||Sri Lanka", "Tehran||Iran", "Baghdad||Iraq", "Damascus||Syria", "Beirut||Lebanon",
	"Amman||Jordan", "Jerusalem||Israel", "Tel Aviv||Israel", "Ramallah||Palestine", "Riyadh||Saudi Arabia",
	"Jeddah||Saudi Arabia", "Abu Dhabi||United Arab Emirates", "Dubai||United Arab Emirates", "Doha||Qatar",
	"Manama||Bahrain", "Muscat||Oman", "Kuwait City||Kuwait", "Sanaa||Yemen", "Cairo||Egypt",
	"Sharm El-Sheikh|Sharm el-Sheikh|Egypt", "Tripoli||Libya", "Tunis||Tunisia",
	"Algiers||Algeria", "Rabat||Morocco", "Khartoum||Sudan", "Addis Ababa||Ethiopia", "Nairobi||Kenya",
	"Kampala||Uganda", "Kigali||Rwanda", "Dar es Salaam||Tanzania", "Dodoma||Tanzania", "Lusaka||Zambia",
	"Harare||Zimbabwe", "Pretoria||South Africa", "Johannesburg||South Africa", "Cape Town||South Africa",
	"Durban||South Africa", "Windhoek||Namibia", "Gaborone||Botswana", "Maputo||Mozambique", "Luanda||Angola",
	"Kinshasa||DR Congo", "Brazzaville||Congo", "Abuja||Nigeria", "Lagos||Nigeria", "Accra||Ghana",
	"Dakar||Senegal", "Abidjan||Côte d'Ivoire", "Bamako||Mali", "Niamey||Niger", "N'Djamena||Chad",
	"Djibouti||Djibouti", "Mogadishu||Somalia", "Asmara||Eritrea", "Antananarivo||Madagascar", "Port Louis||Mauritius",
	"Tokyo||Japan", "Osaka||Japan", "Kyoto||Japan", "Hiroshima||Japan", "Nagoya||Japan",
	"Seoul||South Korea", "Busan||South Korea", "Pyongyang||North Korea", "Ulaanbaatar|Ulan Bator|Mongolia",
	"Hanoi||Vietnam", "Ho Chi Minh City||Vietnam", "Da Nang||Vietnam", "Vientiane||Laos", "Phnom Penh||Cambodia",
	"Siem Reap||Cambodia", "Bangkok||Thailand", "Naypyidaw|Nay Pyi Taw|Myanmar", "Yangon||Myanmar",
	"Kuala Lumpur||Malaysia", "Putrajaya||Malaysia", "Singapore||Singapore", "Jakarta||Indonesia", "Bali||Indonesia",
	"Manila||Philippines", "Bandar Seri Begawan||Brunei", "Dili||Timor-Leste", "Canberra||Australia",
	"Sydney||Australia", "Melbourne||Australia", "Wellington||New Zealand", "Auckland||New Zealand",
	"Suva||Fiji", "Honiara||Solomon Islands", "Port Moresby||Papua New Guinea", "Apia||Samoa",
	"Nuku'alofa||Tonga", "Port Vila||Vanuatu", "Ottawa||Canada", "Toronto||Canada", "Vancouver||Canada",
	"Montreal||Canada", "Mexico City||Mexico", "Havana||Cuba", "Brasilia|Brasília|Brazil", "Rio de Janeiro||Brazil",
	"Sao Paulo|São Paulo|Brazil", "Buenos Aires||Argentina", "Santiago||Chile", "Lima||Peru", "Bogota|Bogotá|Colombia",
	"Caracas||Venezuela", "Quito||Ecuador", "La Paz||Bolivia", "Montevideo||Uruguay", "Asuncion|Asunción|Paraguay",
	"Panama City||Panama", "San Jose|San José|Costa Rica", "Managua||Nicaragua", "Tegucigalpa||Honduras",
	"San Salvador||El Salvador", "Guatemala City||Guatemala", "Santo Domingo||Dominican Republic",
	"Port-au-Prince||Haiti", "Kingston||Jamaica", "Bridgetown||Barbados", "Georgetown||Guyana",
	"Paramaribo||Suriname", "Port of Spain||Trinidad and Tobago", "Hong Kong||China", "Macao|Macau|China",
	"Taipei||Taiwan", "Vatican City||Vatican",
}

// regionTable lists "Region|country" for provinces and states that follow a
// city name ("Dali, Yunnan", "Woodside, California").
var regionTable = []string{
	"Yunnan|China", "Sichuan|China", "Guangdong|China", "Fujian|China", "Zhejiang|China", "Jiangsu|China",
	"Shandong|China", "Hainan|China", "Hubei|China", "Hunan|China", "Henan|China", "Hebei|China",
	"Shaanxi|China", "Shanxi|China", "Anhui|China", "Jiangxi|China", "Guizhou|China", "Gansu|China",
	"Qinghai|China", "Liaoning|China", "Jilin|China", "Heilongjiang|China", "Xinjiang|China", "Tibet|China",
	"Guangxi|China", "Inner Mongolia|China", "Ningxia|China",
	"Alabama|United States", "Alaska|United States", "Arizona|United States", "Arkansas|United States",
	"California|United States", "Colorado|United States", "Connecticut|United States", "Delaware|United States",
	"Florida|United States", "Hawaii|United States", "Idaho|United States", "Illinois|United States",
	"Indiana|United States", "Iowa|United States", "Kansas|United States", "Kentucky|United States",
	"Louisiana|United States", "Maine|United States", "Maryland|United States", "Massachusetts|United States",
	"Michigan|United States", "Minnesota|United States", "Mississippi|United States", "Missouri|United States",
	"Montana|United States", "Nebraska|United States", "Nevada|United States", "New Hampshire|United States",
	"New Jersey|United States", "New Mexico|United States", "North Carolina|United States",
	"North Dakota|United States", "Ohio|United States", "Oklahoma|United States", "Oregon|United States",
	"Pennsylvania|United States", "Rhode Island|United States", "South Carolina|United States",
	"South Dakota|United States", "Tennessee|United States", "Texas|United States", "Utah|United States",
	"Vermont|United States", "Virginia|United States", "Wisconsin|United States",
	"Wyoming|United States", "Bavaria|Germany", "Ontario|Canada", "Quebec|Canada", "British Columbia|Canada",
	"Alberta|Canada", "New South Wales|Australia", "Queensland|Australia", "Victoria|Australia",
	"Manitoba|Canada", "Saskatchewan|Canada", "Nova Scotia|Canada", "New Brunswick|Canada",
	"Newfoundland and Labrador|Canada", "Prince Edward Island|Canada", "Yukon|Canada", "Nunavut|Canada",
	"Northwest Territories|Canada", "Tasmania|Australia", "South Australia|Australia", "Western Australia|Australia",
	"Northern Territory|Australia", "Australian Capital Territory|Australia",
	"Kerala|India", "Tamil Nadu|India", "Karnataka|India", "Maharashtra|India", "Gujarat|India", "Rajasthan|India",
	"Uttar Pradesh|India", "West Bengal|India", "Bihar|India", "Odisha|India", "Andhra Pradesh|India",
	"Telangana|India", "Assam|India", "Madhya Pradesh|India", "Haryana|India", "Goa|India", "Sikkim|India",
	"Jharkhand|India", "Chhattisgarh|India", "Uttarakhand|India", "Himachal Pradesh|India", "Meghalaya|India",
	"Manipur|India", "Mizoram|India", "Nagaland|India", "Tripura|India", "Arunachal Pradesh|India",
	"Sabah|Malaysia", "Sarawak|Malaysia", "Johor|Malaysia", "Penang|Malaysia", "Selangor|Malaysia",
	"Saxony|Germany", "Hesse|Germany", "Lower Saxony|Germany", "North Rhine-Westphalia|Germany",
	"Baden-Württemberg|Germany",
}

type lexicon struct {
	country   map[string]string // folded name or alias -> short name
	demonym   map[string]string // folded demonym -> short name
	org       map[string]string // folded name, alias or acronym -> short name
	orgState  map[string]string // short org name -> state it stands for ("" for bodies)
	orgParent map[string]string // short org name -> the body it is an organ of
	city      map[string][2]string
	region    map[string]string
	maxWords  int             // longest multi-word entry
	prefixes  map[string]bool // word prefixes of multi-word entries, to stop matching early

	// byKey merges the tables above for matchEntity, which looks every
	// phrase it grows up in all of them: one lookup instead of up to six.
	byKey map[string]lexEntry
	// keys holds byKey's keys: most capitalized words are no entity and
	// open none, and their lookup is skipped
	keys wordFilter
}

// lexEntry is what the entity tables hold for one folded phrase.
type lexEntry struct {
	in      uint8 // the tables that hold the phrase: inCountry|inOrg|...
	prefix  bool  // the phrase is in prefixes
	country string
	org     string
	demonym string
	region  string
	city    [2]string
}

// The tables a lexEntry's phrase is in.
const (
	inCountry uint8 = 1 << iota
	inOrg
	inCity
	inDemonym
	inRegion
)

// entry is byKey[string(key)].
func (l *lexicon) entry(key []byte) lexEntry {
	if !l.keys.mayHaveBytes(key) {
		return lexEntry{}
	}
	return l.byKey[string(key)]
}

// indexKeys fills byKey from the finished tables.
func (l *lexicon) indexKeys() {
	l.byKey = map[string]lexEntry{}
	note := func(k string, set func(e *lexEntry)) {
		e := l.byKey[k]
		set(&e)
		l.byKey[k] = e
	}
	for k, v := range l.country {
		note(k, func(e *lexEntry) { e.in |= inCountry; e.country = v })
	}
	for k, v := range l.org {
		note(k, func(e *lexEntry) { e.in |= inOrg; e.org = v })
	}
	for k, v := range l.city {
		note(k, func(e *lexEntry) { e.in |= inCity; e.city = v })
	}
	for k, v := range l.demonym {
		note(k, func(e *lexEntry) { e.in |= inDemonym; e.demonym = v })
	}
	for k, v := range l.region {
		note(k, func(e *lexEntry) { e.in |= inRegion; e.region = v })
	}
	for k := range l.prefixes {
		note(k, func(e *lexEntry) { e.prefix = true })
	}
	for k := range l.byKey {
		l.keys.add(k)
	}
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func theLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			country: map[string]string{}, demonym: map[string]string{}, org: map[string]string{},
			orgState: map[string]string{}, orgParent: map[string]string{}, city: map[string][2]string{}, region: map[string]string{},
		}
		for _, row := range countryTable {
			f := strings.Split(row, "|")
			l.addCountry(f[0], f[0])
			for _, a := range splitList(f[1]) {
				l.addCountry(a, f[0])
			}
			for _, d := range splitList(f[2]) {
				l.demonym[fold(d)] = f[0]
			}
		}
		for _, row := range orgTable {
			f := strings.Split(row, "|")
			l.org[fold(f[0])] = f[0]
			l.orgState[f[0]] = f[2]
			for _, a := range splitList(f[1]) {
				l.org[fold(a)] = f[0]
				l.noteWords(a)
			}
		}
		for _, row := range cityTable {
			f := strings.Split(row, "|")
			l.city[fold(f[0])] = [2]string{f[0], f[2]}
			l.noteWords(f[0])
			for _, a := range splitList(f[1]) {
				l.city[fold(a)] = [2]string{f[0], f[2]}
				l.noteWords(a)
			}
		}
		for _, row := range regionTable {
			f := strings.Split(row, "|")
			l.region[fold(f[0])] = f[1]
		}
		geoAugment(l)
		l.prefixes = map[string]bool{}
		for _, m := range []map[string]string{l.country, l.demonym, l.org, l.region} {
			for k := range m {
				l.addPrefixes(k)
			}
		}
		for k := range l.city {
			l.addPrefixes(k)
		}
		l.indexKeys()
		lex = l
	})
	return lex
}

func (l *lexicon) addCountry(name, short string) {
	l.country[fold(name)] = short
	l.noteWords(name)
}

func (l *lexicon) noteWords(s string) {
	if n := len(strings.Fields(s)); n > l.maxWords {
		l.maxWords = n
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

// fold lowercases s and maps typographic apostrophes and non-breaking
// spaces to plain ones, for dictionary keys.
func fold(s string) string {
	// fast path: most keys are one plain ASCII word; lowercase them without
	// the Unicode machinery below (same result)
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c <= ' ' {
			return foldSlow(s)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s
	}
	return asciiLower(s)
}

// appendFold appends fold(s) to dst. For a plain ASCII word it lowers the
// bytes in place and allocates nothing: map lookups by string(dst) copy
// nothing either.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c <= ' ' {
			return append(dst, foldSlow(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpperByte(c) {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func foldSlow(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if containsAnyOf(s, "’", "‘", "\u00a0") {
		s = foldReplacer.Replace(s)
	}
	if strings.ContainsAny(s, " \t\n\r") {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

var foldReplacer = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ")

// addPrefixes records the word prefixes of a multi-word key ("people's",
// "people's republic", "people's republic of" for "people's republic of
// china"), so that matching stops as soon as no entry can follow.
func (l *lexicon) addPrefixes(key string) {
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			l.prefixes[key[:i]] = true
		}
	}
}
