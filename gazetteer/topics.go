package gazetteer

import "sync"

// Topic categories.
const (
	CategoryIssue     = "issue"     // a question or policy area (arms control, human rights)
	CategoryRegion    = "region"    // a country, region or hotspot discussed as a subject (Afghanistan, Middle East)
	CategorySector    = "sector"    // a field of cooperation (trade, energy, education)
	CategoryRelations = "relations" // the relationship itself (bilateral relations)
)

// Topic is a normalized subject of diplomatic talks.
type Topic struct {
	// Name is the canonical form reported in extraction output: "COVID-19",
	// "Ukraine crisis", "Taiwan question", "arms control".
	Name string
	// Category is one of the Category constants.
	Category string
	// Phrases are lower-case words and phrases whose presence in what was
	// discussed signals the topic. They are literal text (no regular
	// expression syntax); the Name's own lower-case form is not repeated.
	Phrases []string
}

// topicTable follows the dev corpus annotation conventions for recurring
// themes (COVID-19, Ukraine crisis, Taiwan question, Korean Peninsula
// situation and nuclear issue, Iranian nuclear issue, climate change, trade,
// arms control) and otherwise uses the short noun phrases of diplomatic
// readouts. Country topics are the hotspots readouts discuss as subjects,
// not every country.
var topicTable = []Topic{
	// Recurring issues named by the annotation conventions.
	{"COVID-19", CategoryIssue, []string{"covid", "covid-19", "covid 19", "epidemic", "pandemic", "novel coronavirus", "coronavirus", "coronavirus pneumonia", "ncp", "sars-cov-2", "covid-19 vaccine", "covid-19 vaccines", "fight against the epidemic", "epidemic prevention and control", "epidemic situation", "outbreak"}},
	{"Ukraine crisis", CategoryRegion, []string{"ukraine", "ukrainian crisis", "ukraine issue", "the ukraine issue", "situation in ukraine", "war in ukraine", "war against ukraine", "russia's war", "russia's aggression against ukraine", "russian aggression", "russia's invasion of ukraine", "invasion of ukraine", "conflict in ukraine", "russia-ukraine conflict", "ukraine conflict", "crisis in ukraine", "peace in ukraine"}},
	{"Taiwan question", CategoryIssue, []string{"taiwan", "taiwan strait", "taiwan straits", "cross-strait", "cross-strait relations", "taiwan issue", "taiwan question", "one-china principle", "one china principle", "one-china policy", "one china policy", "taiwan independence"}},
	{"Korean Peninsula situation", CategoryRegion, []string{"korean peninsula", "peninsula situation", "situation on the korean peninsula", "korean peninsula issue", "peninsula issue", "inter-korean relations", "north korea", "dprk"}},
	{"Korean Peninsula nuclear issue", CategoryIssue, []string{"denuclearization", "denuclearisation", "denuclearization of the korean peninsula", "peninsula nuclear issue", "korean nuclear issue", "north korean nuclear", "dprk nuclear", "nuclear issue on the korean peninsula"}},
	{"Iranian nuclear issue", CategoryIssue, []string{"iranian nuclear", "iran nuclear", "iran's nuclear", "iran nuclear deal", "iran nuclear issue", "nuclear deal with iran", "iran deal"}},
	{"JCPOA", CategoryIssue, []string{"jcpoa", "joint comprehensive plan of action"}},
	{"climate change", CategoryIssue, []string{"climate", "climate crisis", "global warming", "carbon neutrality", "carbon peaking", "emissions reduction", "paris agreement", "cop26", "cop27", "cop28", "cop29", "cop30", "unfccc", "low-carbon", "net zero", "net-zero"}},
	{"trade", CategorySector, []string{"trade", "trade relations", "trade cooperation", "economic and trade", "economy and trade", "trade and economic", "bilateral trade", "free trade", "trade agreement", "free trade agreement", "fta", "tariffs", "tariff", "market access", "exports", "imports", "trade friction", "trade dispute"}},
	{"arms control", CategoryIssue, []string{"arms control", "disarmament", "new start", "inf treaty", "arms race", "strategic stability", "arms control treaty"}},

	// Regions and hotspots.
	{"Afghanistan", CategoryRegion, []string{"afghanistan", "afghan issue", "afghan situation", "situation in afghanistan", "afghan peace process", "afghan peace", "taliban"}},
	{"Middle East", CategoryRegion, []string{"middle east", "middle east situation", "situation in the middle east", "middle east peace process", "mideast"}},
	{"Iraq", CategoryRegion, []string{"iraq", "iraqi situation", "situation in iraq"}},
	{"Syria", CategoryRegion, []string{"syria", "syrian issue", "syrian crisis", "situation in syria", "syrian conflict"}},
	{"Palestinian question", CategoryRegion, []string{"palestinian question", "palestinian issue", "palestine question", "palestine issue", "palestinian-israeli", "israeli-palestinian", "israeli-palestinian conflict", "palestinian-israeli conflict", "two-state solution", "middle east peace", "palestinian statehood"}},
	{"Gaza", CategoryRegion, []string{"gaza", "gaza strip", "situation in gaza", "gaza conflict", "war in gaza", "palestinian-israeli conflict in gaza", "hamas", "hostages"}},
	{"Israel", CategoryRegion, []string{"israel"}},
	{"Iran", CategoryRegion, []string{"iran", "situation in iran"}},
	{"Lebanon", CategoryRegion, []string{"lebanon", "situation in lebanon", "hezbollah"}},
	{"Yemen", CategoryRegion, []string{"yemen", "yemeni issue", "situation in yemen", "houthis", "red sea"}},
	{"Libya", CategoryRegion, []string{"libya", "libyan issue", "situation in libya"}},
	{"Sudan", CategoryRegion, []string{"sudan", "situation in sudan", "darfur"}},
	{"South Sudan", CategoryRegion, []string{"south sudan"}},
	{"Somalia", CategoryRegion, []string{"somalia"}},
	{"Horn of Africa", CategoryRegion, []string{"horn of africa", "ethiopia", "tigray"}},
	{"Sahel", CategoryRegion, []string{"sahel", "mali", "niger", "burkina faso"}},
	{"Great Lakes region", CategoryRegion, []string{"great lakes region", "eastern drc", "eastern congo"}},
	{"Myanmar", CategoryRegion, []string{"myanmar", "situation in myanmar", "rakhine", "rohingya"}},
	{"Venezuela", CategoryRegion, []string{"venezuela", "venezuelan issue", "situation in venezuela"}},
	{"Cuba", CategoryRegion, []string{"cuba", "embargo against cuba", "blockade against cuba"}},
	{"Haiti", CategoryRegion, []string{"haiti"}},
	{"Balkans", CategoryRegion, []string{"balkans", "western balkans", "kosovo", "serbia-kosovo dialogue"}},
	{"South Caucasus", CategoryRegion, []string{"south caucasus", "nagorno-karabakh", "karabakh", "armenia-azerbaijan"}},
	{"Central Asia", CategoryRegion, []string{"central asia", "central asian"}},
	{"South Asia", CategoryRegion, []string{"south asia", "kashmir", "india-pakistan"}},
	{"Asia-Pacific", CategoryRegion, []string{"asia-pacific", "asia pacific", "asia-pacific region"}},
	{"Indo-Pacific", CategoryRegion, []string{"indo-pacific", "free and open indo-pacific"}},
	{"South China Sea", CategoryRegion, []string{"south china sea", "code of conduct in the south china sea", "nansha", "xisha", "spratly"}},
	{"East China Sea", CategoryRegion, []string{"east china sea", "diaoyu", "senkaku"}},
	{"Arctic", CategoryRegion, []string{"arctic", "polar silk road"}},
	{"Antarctic", CategoryRegion, []string{"antarctic", "antarctica"}},
	{"Africa", CategoryRegion, []string{"africa", "african continent", "china-africa", "peace and security in africa"}},
	{"Latin America", CategoryRegion, []string{"latin america", "latin america and the caribbean", "caribbean"}},
	{"Europe", CategoryRegion, []string{"europe", "european security", "security architecture in europe"}},
	{"Gulf region", CategoryRegion, []string{"gulf region", "persian gulf", "gulf security"}},
	{"Hong Kong", CategoryRegion, []string{"hong kong", "hong kong affairs", "hksar", "national security law"}},
	{"Xinjiang", CategoryRegion, []string{"xinjiang", "xinjiang-related", "uyghur", "uighur"}},
	{"Tibet", CategoryRegion, []string{"tibet", "xizang", "tibet-related", "dalai lama"}},
	{"Macao", CategoryRegion, []string{"macao", "macau"}},

	// Security issues.
	{"security", CategoryIssue, []string{"security", "security cooperation", "security issues", "security situation", "common security"}},
	{"regional security", CategoryIssue, []string{"regional security", "regional peace and stability", "regional stability", "regional situation", "regional hotspot issues", "regional hotspots"}},
	{"international situation", CategoryIssue, []string{"international situation", "international and regional issues", "international and regional situation", "global situation", "international landscape"}},
	{"maritime security", CategoryIssue, []string{"maritime security", "freedom of navigation", "maritime cooperation", "maritime issues", "piracy", "law of the sea", "unclos"}},
	{"national defense", CategoryIssue, []string{"national defense", "national defence", "defense cooperation", "defence cooperation", "military cooperation", "military-to-military", "mil-to-mil", "defense ties", "defence ties", "military exchanges"}},
	{"counter-terrorism", CategoryIssue, []string{"counter-terrorism", "counterterrorism", "counter terrorism", "terrorism", "terrorist", "fight against terrorism", "anti-terrorism", "violent extremism", "extremism", "isis", "isil", "daesh", "al-qaeda", "etim"}},
	{"nuclear non-proliferation", CategoryIssue, []string{"non-proliferation", "nonproliferation", "npt", "nuclear non-proliferation treaty", "proliferation", "weapons of mass destruction", "wmd"}},
	{"nuclear safety", CategoryIssue, []string{"nuclear safety", "nuclear security", "fukushima", "nuclear-contaminated water", "zaporizhzhia nuclear power plant"}},
	{"chemical weapons", CategoryIssue, []string{"chemical weapons", "chemical weapons convention", "cwc"}},
	{"biological weapons", CategoryIssue, []string{"biological weapons", "biological weapons convention", "bwc", "biosecurity"}},
	{"missile defense", CategoryIssue, []string{"missile defense", "missile defence", "thaad", "missile deployment", "intermediate-range missiles"}},
	{"cybersecurity", CategoryIssue, []string{"cybersecurity", "cyber security", "cyberspace", "cyber attacks", "cyberattacks", "cyber issues", "data security"}},
	{"outer space", CategoryIssue, []string{"outer space", "space cooperation", "space exploration", "weaponization of outer space", "space security", "lunar"}},
	{"transnational crime", CategoryIssue, []string{"transnational crime", "organized crime", "telecom fraud", "online fraud", "drug trafficking", "narcotics", "fentanyl", "human trafficking", "money laundering", "law enforcement cooperation"}},
	{"anti-corruption", CategoryIssue, []string{"anti-corruption", "corruption", "fugitives", "fugitive repatriation", "asset recovery"}},
	{"sanctions", CategoryIssue, []string{"sanctions", "unilateral sanctions", "unilateral coercive measures", "export controls", "long-arm jurisdiction", "entity list"}},
	{"peacekeeping", CategoryIssue, []string{"peacekeeping", "peacekeepers", "peacekeeping operations", "un peacekeeping"}},
	{"conflict resolution", CategoryIssue, []string{"political settlement", "peaceful settlement", "peace talks", "ceasefire", "cease-fire", "de-escalation", "mediation", "peace process", "political solution"}},
	{"humanitarian assistance", CategoryIssue, []string{"humanitarian", "humanitarian aid", "humanitarian assistance", "humanitarian situation", "humanitarian crisis", "humanitarian access", "disaster relief", "emergency assistance"}},
	{"refugees", CategoryIssue, []string{"refugees", "refugee", "displaced persons", "asylum"}},
	{"migration", CategoryIssue, []string{"migration", "migrants", "illegal immigration", "irregular migration", "immigration", "mobility"}},
	{"human rights", CategoryIssue, []string{"human rights", "human rights dialogue", "rights of women", "freedom of expression", "religious freedom", "rule of law"}},
	{"democracy", CategoryIssue, []string{"democracy", "democratic", "democratization"}},
	{"sovereignty and territorial integrity", CategoryIssue, []string{"sovereignty", "territorial integrity", "core interests", "non-interference", "interference in internal affairs", "internal affairs"}},

	// Order and governance.
	{"multilateralism", CategoryIssue, []string{"multilateralism", "multilateral", "multilateral cooperation", "true multilateralism", "multilateral trading system", "multipolar world", "multipolarity"}},
	{"rules-based international order", CategoryIssue, []string{"rules-based international order", "rules-based order", "international order", "international law", "un charter", "charter of the united nations", "purposes and principles of the un charter"}},
	{"global governance", CategoryIssue, []string{"global governance", "global governance initiative", "international system", "international architecture"}},
	{"UN reform", CategoryIssue, []string{"un reform", "reform of the security council", "security council reform", "reform of the united nations"}},
	{"WTO reform", CategoryIssue, []string{"wto reform", "reform of the wto", "dispute settlement mechanism", "appellate body"}},
	{"UN affairs", CategoryIssue, []string{"united nations", "un affairs", "un agenda", "general assembly", "security council", "un security council"}},
	{"G20 cooperation", CategoryIssue, []string{"g20", "g20 summit", "g20 presidency"}},
	{"BRICS cooperation", CategoryIssue, []string{"brics", "brics cooperation", "brics summit", "brics expansion"}},
	{"SCO cooperation", CategoryIssue, []string{"sco", "shanghai cooperation organization", "shanghai cooperation organisation", "sco summit"}},
	{"ASEAN cooperation", CategoryIssue, []string{"asean", "china-asean", "asean centrality", "east asia cooperation", "asean plus three", "east asia summit"}},
	{"APEC cooperation", CategoryIssue, []string{"apec"}},
	{"China-EU relations", CategoryRelations, []string{"china-eu relations", "china-eu", "eu-china", "eu-china relations", "china-europe relations"}},
	{"China-US relations", CategoryRelations, []string{"china-us relations", "china-u.s. relations", "us-china relations", "u.s.-china relations", "sino-us relations", "china-us", "u.s.-china"}},
	{"NATO", CategoryIssue, []string{"nato", "nato enlargement", "nato expansion", "transatlantic security", "north atlantic treaty organization"}},
	{"EU affairs", CategoryIssue, []string{"european union", "eu affairs", "eu enlargement", "eu membership", "eu accession", "european integration"}},
	{"Global Development Initiative", CategoryIssue, []string{"global development initiative", "gdi"}},
	{"Global Security Initiative", CategoryIssue, []string{"global security initiative", "gsi"}},
	{"Global Civilization Initiative", CategoryIssue, []string{"global civilization initiative", "gci"}},
	{"community with a shared future", CategoryIssue, []string{"community with a shared future for mankind", "community with a shared future", "community of shared future", "shared future"}},
	{"peaceful development", CategoryIssue, []string{"peaceful development", "peaceful coexistence", "five principles of peaceful coexistence", "peace and development", "world peace"}},

	// Relations.
	{"bilateral relations", CategoryRelations, []string{"bilateral relations", "bilateral ties", "relations between the two countries", "two countries' relations", "bilateral relationship", "ties between the two countries", "relationship between the two countries", "strategic partnership", "comprehensive strategic partnership", "comprehensive strategic cooperative partnership", "diplomatic relations", "anniversary of diplomatic relations", "friendly relations", "traditional friendship"}},
	{"practical cooperation", CategoryRelations, []string{"practical cooperation", "pragmatic cooperation", "bilateral cooperation", "cooperation in various fields", "mutually beneficial cooperation", "win-win cooperation"}},
	{"high-level exchanges", CategoryRelations, []string{"high-level exchanges", "high-level visits", "high-level interactions", "exchange of visits", "state visit", "official visit", "strategic communication", "strategic dialogue"}},
	{"party-to-party exchanges", CategoryRelations, []string{"party-to-party", "inter-party exchanges", "exchanges between the two parties", "party building", "governance experience"}},
	{"parliamentary exchanges", CategoryRelations, []string{"parliamentary exchanges", "legislative exchanges", "inter-parliamentary", "parliamentary cooperation"}},
	{"subnational cooperation", CategoryRelations, []string{"subnational cooperation", "local cooperation", "sister cities", "sister provinces", "twin cities", "exchanges at the local level"}},
	{"consular affairs", CategoryRelations, []string{"consular", "consular affairs", "consular cooperation", "visa", "visas", "visa facilitation", "visa exemption", "protection of nationals", "safety of citizens", "safety of chinese citizens"}},

	// Economy and sectors.
	{"economic cooperation", CategorySector, []string{"economic cooperation", "economic ties", "economic relations", "economic and trade cooperation", "business cooperation", "economic partnership", "economic development"}},
	{"investment", CategorySector, []string{"investment", "investments", "foreign direct investment", "fdi", "investment cooperation", "business environment", "investment agreement", "bilateral investment treaty"}},
	{"world economy", CategorySector, []string{"world economy", "global economy", "global economic recovery", "economic recovery", "economic globalization", "globalization", "protectionism", "decoupling", "de-risking", "inflation"}},
	{"finance", CategorySector, []string{"finance", "financial cooperation", "financial stability", "currency swap", "local currencies", "monetary", "banking", "financial sector"}},
	{"debt relief", CategorySector, []string{"debt relief", "debt", "debt restructuring", "debt suspension", "debt service suspension initiative", "dssi", "debt sustainability"}},
	{"development cooperation", CategorySector, []string{"development cooperation", "development assistance", "foreign aid", "official development assistance", "oda", "2030 agenda", "sustainable development goals", "sdgs", "sustainable development"}},
	{"poverty reduction", CategorySector, []string{"poverty reduction", "poverty alleviation", "poverty eradication", "eradicating poverty", "poverty"}},
	{"Belt and Road Initiative", CategorySector, []string{"belt and road", "belt and road initiative", "bri", "one belt, one road", "one belt one road", "silk road economic belt", "21st century maritime silk road", "belt and road cooperation", "high-quality belt and road cooperation"}},
	{"connectivity", CategorySector, []string{"connectivity", "interconnectivity", "interconnection", "railway", "railways", "high-speed rail", "china-europe railway express", "ports", "corridor", "economic corridor", "cpec", "china-pakistan economic corridor"}},
	{"infrastructure", CategorySector, []string{"infrastructure", "infrastructure construction", "infrastructure development", "infrastructure projects"}},
	{"energy", CategorySector, []string{"energy", "energy cooperation", "energy security", "oil", "natural gas", "gas", "lng", "pipeline", "renewable energy", "clean energy", "new energy", "nuclear energy", "nuclear power", "hydropower", "solar", "wind power", "energy transition"}},
	{"food security", CategorySector, []string{"food security", "grain", "grain exports", "black sea grain initiative", "fertilizers", "food crisis", "hunger"}},
	{"agriculture", CategorySector, []string{"agriculture", "agricultural", "agricultural cooperation", "agricultural products", "farming", "fisheries", "fishery"}},
	{"supply chains", CategorySector, []string{"supply chains", "supply chain", "industrial chains", "industrial and supply chains", "supply chain resilience", "semiconductors", "chips", "critical minerals", "rare earths"}},
	{"industrial cooperation", CategorySector, []string{"industrial cooperation", "industrial capacity", "production capacity", "industrial parks", "manufacturing", "industrialization"}},
	{"digital economy", CategorySector, []string{"digital economy", "digital cooperation", "e-commerce", "digital transformation", "digital silk road", "5g", "ict"}},
	{"AI", CategorySector, []string{"artificial intelligence", "ai", "ai governance", "ai safety"}},
	{"science and technology", CategorySector, []string{"science and technology", "scientific and technological", "technology", "innovation", "research", "technological cooperation", "sci-tech", "biotechnology", "quantum"}},
	{"aviation", CategorySector, []string{"aviation", "civil aviation", "flights", "direct flights", "air links", "airlines"}},
	{"tourism", CategorySector, []string{"tourism", "tourists", "tourist"}},
	{"education", CategorySector, []string{"education", "students", "universities", "scholarships", "academic exchanges", "confucius institute", "confucius institutes", "vocational training", "luban workshop"}},
	{"culture", CategorySector, []string{"culture", "cultural", "cultural exchanges", "cultural heritage", "cultural cooperation", "arts", "civilizations", "dialogue among civilizations"}},
	{"people-to-people exchanges", CategorySector, []string{"people-to-people", "people-to-people exchanges", "people-to-people and cultural exchanges", "personnel exchanges", "youth exchanges", "exchanges between peoples", "mutual understanding between the peoples", "friendship between the peoples"}},
	{"sports", CategorySector, []string{"sports", "olympic", "olympics", "olympic games", "winter olympics", "world cup"}},
	{"media", CategorySector, []string{"media", "journalists", "media cooperation", "news"}},
	{"public health", CategorySector, []string{"public health", "health", "health cooperation", "health silk road", "medical", "medical teams", "vaccines", "vaccine", "malaria", "hiv/aids", "ebola", "mpox", "pandemic preparedness", "global health"}},
	{"environment", CategorySector, []string{"environment", "environmental protection", "ecological", "ecological conservation", "biodiversity", "pollution", "green development", "green transition", "desertification", "oceans", "plastic pollution", "wildlife"}},
	{"water resources", CategorySector, []string{"water resources", "water", "transboundary rivers", "water security", "mekong", "nile"}},
	{"disaster management", CategorySector, []string{"disaster", "disaster prevention", "disaster reduction", "disaster management", "earthquake", "floods", "flood", "typhoon", "natural disasters"}},
	{"labor", CategorySector, []string{"labor", "labour", "workers", "employment", "jobs"}},
	{"law enforcement", CategorySector, []string{"law enforcement", "police cooperation", "judicial cooperation", "extradition", "judicial assistance"}},
	{"customs", CategorySector, []string{"customs", "customs clearance", "quarantine", "inspection and quarantine"}},
	{"shipping", CategorySector, []string{"shipping", "maritime transport", "shipping lanes", "navigation"}},
	{"mining", CategorySector, []string{"mining", "minerals", "mineral resources"}},
	{"telecommunications", CategorySector, []string{"telecommunications", "telecom", "huawei", "satellites"}},
	{"financial technology", CategorySector, []string{"fintech", "digital currency", "cryptocurrency", "payment systems"}},
	{"free trade zone", CategorySector, []string{"free trade zone", "free trade area", "special economic zone", "rcep", "regional comprehensive economic partnership", "cptpp", "comprehensive and progressive agreement for trans-pacific partnership"}},
	{"women's empowerment", CategoryIssue, []string{"women", "gender equality", "women's empowerment", "women, peace and security"}},
	{"youth", CategoryIssue, []string{"youth", "young people", "young generation"}},
	{"elections", CategoryIssue, []string{"election", "general election", "presidential election", "parliamentary elections", "electoral"}},
}

type topicIndex struct {
	all   []Topic
	byKey map[string]int
}

var (
	topicsOnce sync.Once
	topicsData *topicIndex
)

func topics() *topicIndex {
	topicsOnce.Do(func() {
		t := &topicIndex{all: topicTable, byKey: make(map[string]int, len(topicTable)*8)}
		// Names first: a topic's own name must find it even when another
		// topic lists that name as a phrase ("Gaza" is also a signal of
		// the Palestinian question).
		for i, tp := range t.all {
			t.byKey[key(tp.Name)] = i
		}
		for i, tp := range t.all {
			for _, p := range tp.Phrases {
				if _, ok := t.byKey[key(p)]; !ok {
					t.byKey[key(p)] = i
				}
			}
		}
		topicsData = t
	})
	return topicsData
}

// Topics returns the topic vocabulary: issues, regions, sectors and
// relations, each with the phrases that signal it.
func Topics() []Topic {
	return append([]Topic(nil), topics().all...)
}

// LookupTopic finds the topic that a phrase names or signals ("epidemic" →
// COVID-19, "Taiwan Strait" → Taiwan question), ignoring case and a leading
// "the". No phrase is listed under two topics.
func LookupTopic(phrase string) (Topic, bool) {
	t := topics()
	if i, ok := t.byKey[key(phrase)]; ok {
		return t.all[i], true
	}
	return Topic{}, false
}
