package gazetteer

import (
	"sort"
	"sync"
)

// baseTitles are posts of heads of state and government, diplomats,
// international civil servants, legislators, party and military leaders,
// written out as they appear in statements. Posts of the form "Minister of
// X" are generated from portfolios below.
var baseTitles = []string{
	// Heads of state and government.
	"President", "Vice President", "Vice-President", "Federal President", "President of the Republic",
	"President of the People's Republic of China", "Vice President of the People's Republic of China",
	"President of the Swiss Confederation", "Acting President", "Interim President", "President-elect",
	"Premier", "Vice Premier", "Executive Vice Premier", "Premier of the State Council",
	"Prime Minister", "Deputy Prime Minister", "First Deputy Prime Minister", "Vice Prime Minister",
	"Acting Prime Minister", "Caretaker Prime Minister", "Interim Prime Minister",
	"Chancellor", "Federal Chancellor", "Vice Chancellor", "Vice-Chancellor",
	"Head of State", "Head of Government", "Chairman of the Presidential Council",
	"Chairman of the Presidency", "Chairman of the Presidency of Bosnia and Herzegovina",
	"King", "Queen", "Emperor", "Crown Prince", "Crown Princess", "Emir", "Amir", "Crown Prince and Prime Minister",
	"Sultan", "Grand Duke", "Prince", "Princess", "Monarch", "Sovereign Prince",
	"Supreme Leader", "Governor-General", "Governor General", "Taoiseach", "Tánaiste", "First Minister",
	"Chief Executive", "Chief Executive of the Hong Kong Special Administrative Region",
	"Chief Executive of the Macao Special Administrative Region", "State Counsellor",
	"Pope", "Cardinal", "Secretary of State of the Holy See", "Secretary for Relations with States",
	"Cardinal Secretary of State",

	// Chinese Party and state posts.
	"General Secretary", "General Secretary of the CPC Central Committee",
	"General Secretary of the Communist Party of China Central Committee",
	"Chairman of the Central Military Commission", "Vice Chairman of the Central Military Commission",
	"State Councilor", "State Councillor",
	"Member of the Political Bureau of the CPC Central Committee",
	"Member of the Political Bureau of the Communist Party of China Central Committee",
	"Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
	"Member of the Political Bureau Standing Committee",
	"Director of the Office of the Central Foreign Affairs Commission",
	"Director of the Office of the Foreign Affairs Commission of the CPC Central Committee",
	"Director of the Office of the Central Commission for Foreign Affairs",
	"Head of the International Department of the CPC Central Committee",
	"Minister of the International Department of the CPC Central Committee",
	"Head of the International Liaison Department of the CPC Central Committee",
	"Chairman of the Standing Committee of the National People's Congress",
	"Vice Chairman of the Standing Committee of the National People's Congress",
	"Chairman of the NPC Standing Committee", "Vice Chairman of the NPC Standing Committee",
	"Chairman of the National Committee of the Chinese People's Political Consultative Conference",
	"Vice Chairman of the National Committee of the Chinese People's Political Consultative Conference",
	"Chairman of the CPPCC National Committee", "Vice Chairman of the CPPCC National Committee",
	"Party Secretary", "Secretary of the Provincial Party Committee", "Secretary of the Municipal Party Committee",
	"Special Representative of the Chinese Government on Eurasian Affairs",
	"Special Representative of the Chinese Government on Korean Peninsula Affairs",
	"Special Envoy of the Chinese Government on the Middle East Issue",
	"Special Envoy of the Chinese Government on Climate Change",
	"Special Envoy of the Chinese Government on Afghan Affairs",
	"Special Envoy of the Chinese Government on African Affairs",

	// Foreign ministries and diplomatic service.
	"Foreign Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Secretary",
	"Secretary of State", "Deputy Secretary of State", "Under Secretary of State",
	"Under Secretary of State for Political Affairs", "Under Secretary for Political Affairs",
	"Assistant Secretary of State", "Assistant Secretary of State for East Asian and Pacific Affairs",
	"Assistant Secretary of State for European and Eurasian Affairs",
	"Secretary of State for Foreign, Commonwealth and Development Affairs",
	"Foreign, Commonwealth and Development Secretary",
	"Vice Foreign Minister", "Deputy Foreign Minister", "First Deputy Foreign Minister",
	"Executive Vice Foreign Minister", "Assistant Foreign Minister", "Assistant Minister of Foreign Affairs",
	"Vice Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs", "State Secretary",
	"State Secretary for Foreign Affairs", "Permanent Secretary", "Permanent Under-Secretary",
	"Secretary-General of the Ministry of Foreign Affairs", "Political Director",
	"Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Ambassador-at-Large", "Ambassador at Large",
	"Permanent Representative", "Deputy Permanent Representative", "Permanent Representative to the United Nations",
	"Chargé d'affaires", "Charge d'affaires", "Chargé d'Affaires ad interim", "Charge d'Affaires a.i.",
	"Minister-Counselor", "Minister Counsellor", "Counselor", "Counsellor", "First Secretary", "Second Secretary",
	"Consul General", "Consul-General", "Consul", "Vice Consul", "Honorary Consul",
	"Special Envoy", "Special Representative", "Special Adviser", "Special Advisor", "Special Coordinator",
	"Special Rapporteur", "Envoy", "Presidential Envoy", "Special Presidential Envoy",
	"Special Presidential Envoy for Climate", "Special Envoy for Climate Change", "Climate Envoy",
	"Special Envoy for the Middle East", "Special Envoy for Syria", "Special Envoy for Yemen",
	"Special Envoy for Afghanistan", "Special Envoy for North Korea", "Special Envoy for the Horn of Africa",
	"Chief Negotiator", "Head of Delegation", "Sherpa", "Spokesperson", "Spokesman", "Spokeswoman",
	"Foreign Ministry Spokesperson", "Press Secretary", "White House Press Secretary",
	"Trade Representative", "United States Trade Representative", "U.S. Trade Representative",
	"China International Trade Representative",

	// Security, defence and the military.
	"National Security Advisor", "National Security Adviser", "Deputy National Security Advisor",
	"Assistant to the President for National Security Affairs", "Secretary of the Security Council",
	"Secretary of the National Security Council", "Director of National Intelligence",
	"Defense Minister", "Defence Minister", "Minister of Defense", "Minister of Defence", "Minister of National Defense",
	"Minister of National Defence", "Secretary of Defense", "Deputy Secretary of Defense", "Secretary of War",
	"Defence Secretary", "Secretary of State for Defence", "Minister of the Armed Forces",
	"Chief of Staff", "White House Chief of Staff", "Chief of the General Staff", "Chief of General Staff",
	"Chief of Defence Staff", "Chief of Defense Staff", "Chief of Naval Operations",
	"Chairman of the Joint Chiefs of Staff", "Commander", "Commander-in-Chief", "Supreme Allied Commander Europe",
	"Chairman of the NATO Military Committee", "Chairman of the Military Committee",
	"General", "Lieutenant General", "Major General", "Brigadier General", "Admiral", "Vice Admiral",
	"Rear Admiral", "Air Chief Marshal", "Field Marshal", "Colonel", "Senior Colonel",

	// International organizations.
	"Secretary-General", "Secretary General", "Deputy Secretary-General", "Deputy Secretary General",
	"Under-Secretary-General", "Under Secretary-General", "Assistant Secretary-General", "Assistant Secretary General",
	"UN Secretary-General", "United Nations Secretary-General", "NATO Secretary General",
	"Secretary-General of the United Nations", "Secretary General of NATO", "Secretary-General of ASEAN",
	"Secretary-General of the Arab League", "Secretary General of the Shanghai Cooperation Organisation",
	"Director-General", "Director General", "Deputy Director-General", "Deputy Director General",
	"Executive Director", "Executive Secretary", "Administrator", "Managing Director", "First Deputy Managing Director",
	"President of the World Bank", "President of the World Bank Group", "Chief Economist",
	"High Commissioner", "High Commissioner for Human Rights", "High Commissioner for Refugees",
	"High Representative", "High Representative of the Union for Foreign Affairs and Security Policy",
	"High Representative for Foreign Affairs and Security Policy", "EU High Representative",
	"President of the European Commission", "European Commission President", "President of the European Council",
	"President of the European Parliament", "Vice-President of the European Commission",
	"Executive Vice-President of the European Commission", "European Commissioner", "Commissioner",
	"EU Special Representative", "Chairperson of the African Union Commission", "Chairperson of the AU Commission",
	"Chairperson-in-Office", "Chair-in-Office", "Chairman-in-Office", "President of the General Assembly",
	"President of the UN General Assembly", "President of the Security Council",
	"Prosecutor", "President of the Court", "Registrar", "Judge",

	// Legislatures.
	"Speaker", "Speaker of the House", "Speaker of the House of Representatives", "Speaker of Parliament",
	"Speaker of the National Assembly", "Speaker of the Senate", "Deputy Speaker", "President of the Senate",
	"President of the National Assembly", "Chairman of the State Duma", "Chairman of the Federation Council",
	"Chairperson of the National Assembly", "Majority Leader", "Minority Leader", "Senate Majority Leader",
	"Senate Minority Leader", "House Majority Leader", "House Minority Leader",
	"Chairman of the Foreign Affairs Committee", "Chair of the Foreign Affairs Committee",
	"Chairman of the Senate Foreign Relations Committee", "Ranking Member",
	"Senator", "U.S. Senator", "Congressman", "Congresswoman", "Representative", "Member of Congress",
	"Member of Parliament", "MP", "Member of the European Parliament", "MEP", "Deputy", "Lawmaker",
	"Member of the House of Representatives", "Member of the House of Lords", "Member of the Bundestag",

	// Government, regions and cities.
	"Minister", "Deputy Minister", "Vice Minister", "Minister of State", "Minister without Portfolio",
	"Federal Minister", "Federal Councillor", "Cabinet Secretary", "Chief Cabinet Secretary",
	"Secretary", "Secretary of the Treasury", "Treasury Secretary", "Chancellor of the Exchequer",
	"Home Secretary", "Attorney General", "Attorney-General", "Solicitor General", "Chief Justice",
	"President of the Supreme Court", "Governor", "Vice Governor", "Deputy Governor",
	"Governor of the Central Bank", "Central Bank Governor", "Chairman of the Federal Reserve",
	"Mayor", "Deputy Mayor", "Vice Mayor", "Lord Mayor", "Premier of the Province", "Chief Minister",
	"Chairman", "Chairwoman", "Chairperson", "Chair", "Vice Chairman", "Vice Chairperson", "Deputy Chairman",
	"Director", "Deputy Director", "Director-General", "Head", "Deputy Head", "Leader", "Party Leader",
	"Chief Executive Officer", "CEO", "President and CEO", "Founder", "Co-Chair", "Co-Chairman",
}

// portfolios are the subjects of ministries, departments and secretaries
// of state, spelled as governments spell them.
var portfolios = []string{
	"Foreign Affairs", "Foreign Affairs and International Cooperation", "Foreign Affairs and Trade",
	"Europe and Foreign Affairs", "European Affairs", "Foreign Trade", "Foreign Economic Relations",
	"International Cooperation", "International Development", "Development Cooperation",
	"Defense", "Defence", "National Defense", "National Defence",
	"Finance", "Economy", "Economic Affairs", "Economy and Finance", "Strategy and Finance",
	"Economic Development", "Planning", "Planning and Development", "Investment", "Budget",
	"Commerce", "Trade", "Industry", "Trade and Industry", "Commerce and Industry",
	"Industry and Information Technology", "Economy, Trade and Industry", "Business and Trade",
	"Agriculture", "Agriculture and Rural Affairs", "Agriculture and Forestry", "Fisheries", "Food",
	"Energy", "Oil", "Petroleum", "Mines", "Mining", "Energy and Mines", "Natural Resources",
	"Environment", "Ecology and Environment", "Climate Change", "Climate", "Water Resources",
	"Health", "Public Health", "Health and Social Care", "Education", "Higher Education",
	"Science and Technology", "Science, Technology and Innovation", "Culture", "Culture and Tourism", "Tourism",
	"Transport", "Transportation", "Infrastructure", "Communications", "Information Technology", "Digital Affairs",
	"Information", "Justice", "Interior", "Internal Affairs", "Home Affairs", "Public Security", "State Security",
	"Emergency Management", "Civil Affairs", "Labor", "Labour", "Labour and Social Affairs", "Social Affairs",
	"Human Resources and Social Security", "Housing", "Urban Development", "Housing and Urban-Rural Development",
	"Land, Infrastructure and Transport", "Youth and Sports", "Sports", "Women's Affairs", "Veterans Affairs",
	"Immigration", "Regional Development", "Maritime Affairs", "Oceans and Fisheries", "Unification",
	"National Unification", "Religious Affairs", "Commerce and Trade", "Investment and Foreign Trade",
}

// nounTitles are portfolios that also make "X Minister" titles (Foreign
// Minister, Trade Minister).
var nounTitles = []string{
	"Foreign", "Defense", "Defence", "Finance", "Economy", "Economic", "Trade", "Commerce", "Industry",
	"Agriculture", "Energy", "Environment", "Health", "Education", "Culture", "Tourism", "Transport",
	"Justice", "Interior", "Home", "Labor", "Labour", "Science", "Development", "Climate", "Unification",
	"Europe", "European Affairs", "Digital",
}

var (
	titlesOnce sync.Once
	titlesData []string
)

// Titles returns the titles of diplomatic, government, party, military,
// legislative and international posts, longest first so that a matcher
// that tries them in order finds "Vice Foreign Minister" before "Foreign
// Minister". Ministerial posts are generated from a list of portfolios in
// the usual forms: "Minister of X", "Minister for X", "Deputy Minister of
// X", "Vice Minister of X", "Secretary of X", "Secretary of State for X",
// "Minister of State for X", "Federal Minister of X", "X Minister",
// "Deputy X Minister", "Vice X Minister", "X Secretary".
func Titles() []string {
	titlesOnce.Do(func() {
		seen := make(map[string]bool)
		var out []string
		add := func(s string) {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		for _, t := range baseTitles {
			add(t)
		}
		for _, p := range portfolios {
			for _, form := range []string{
				"Minister of ", "Minister for ", "Deputy Minister of ", "Vice Minister of ",
				"Secretary of ", "Secretary of State for ", "Minister of State for ", "Federal Minister of ",
			} {
				add(form + p)
			}
		}
		for _, n := range nounTitles {
			add(n + " Minister")
			add("Deputy " + n + " Minister")
			add("Vice " + n + " Minister")
			add(n + " Secretary")
		}
		sort.SliceStable(out, func(i, j int) bool {
			if len(out[i]) != len(out[j]) {
				return len(out[i]) > len(out[j])
			}
			return out[i] < out[j]
		})
		titlesData = out
	})
	return append([]string(nil), titlesData...)
}

// honorifics are forms of address that precede a name and are not part of
// it: the annotation drops them from participant names.
var honorifics = []string{
	"His Excellency", "Her Excellency", "Their Excellencies", "H.E.", "HE", "Excellency",
	"His Majesty", "Her Majesty", "Their Majesties", "H.M.", "HM",
	"His Royal Highness", "Her Royal Highness", "H.R.H.", "HRH", "His Highness", "Her Highness", "H.H.",
	"His Holiness", "His Eminence", "His Beatitude", "Holiness", "Eminence", "Beatitude", "Majesty", "Highness",
	"The Right Honourable", "The Rt Hon", "The Rt. Hon.", "Rt Hon", "Rt. Hon.", "Right Honourable",
	"The Honourable", "The Honorable", "Honourable", "Honorable", "Hon.", "Hon",
	"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mx.", "Madam", "Madame", "Mme", "Mme.", "M.",
	"Dr.", "Dr", "Prof.", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron",
	"Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sheik", "Prince", "Princess", "Sayyid", "Sayyida",
	"Pak", "Bapak", "Ibu", "Bu", "Datuk", "Dato'", "Dato", "Dato' Sri", "Datuk Seri", "Tan Sri", "Tun",
	"Datin", "Puan", "Encik", "Samdech", "Dasho", "Khun", "Shri", "Sri", "Smt.", "Shrimati",
	"Ambassador", "Senator", "Comrade", "Señor", "Señora", "Don", "Doña", "Herr", "Frau",
}

// Honorifics returns forms of address to drop from the front of a name
// ("H.E.", "Mr.", "Sheikh", "Pak", "Ambassador"), longest first. Some
// ("Prince", "Ambassador", "Senator") are also titles: whether one is a
// title or a courtesy depends on the sentence.
func Honorifics() []string {
	out := append([]string(nil), honorifics...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}
