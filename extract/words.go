package extract

import "strings"

// titleWords are the words that make up posts and the bodies they belong
// to ("State Councilor and Foreign Minister", "Director-General of the
// Department of Consular Affairs"). Folded (lowercase).
var titleWords = setOf(`managing president presidents vice vice-president premier vice-premier prime minister ministers foreign secretary
secretary-general secretaries general state councilor councillor councilors ambassador ambassador-at-large ambassadors
chairman chairwoman chair chairperson vice-chairman vice-chairwoman vice-chair director director-general directors
deputy commissioner envoy envoys special representative representatives adviser advisor advisers advisors assistant
executive principal national security governor mayor king queen crown prince princess emir sultan chancellor
vice-chancellor speaker leader leaders senator senators congressman congresswoman congressmen member members head heads
chief counselor counsellor consul consul-general consuls permanent high spokesperson spokesman spokeswoman officer
official officials affairs ministry ministries department departments office commission committee council central political
bureau standing congress party government administration house cabinet defense defence finance treasury trade
commerce economic economy development international cooperation relations global multilateral conferences conference
organizations organization organisations organisation consular democratic republican first acting former interim
delegation team presidential federal external public diplomacy interior justice health education culture agriculture
energy environment science technology industry information planning policy reform legislative parliament
parliamentary assembly senate bank fund monetary financial military armed force forces army navy staff joint chiefs
command intelligence agency service services union association federation society institute university group forum
mission embassy consulate division section unit board authority regulation gubernatorial community corporate
budget communist people's peoples supreme court attorney auditor comptroller undersecretary under-secretary
mp mep minister-counselor attaché attache charge chargé d'affaires commander marshal admiral lieutenant colonel
major captain chairman's minister's president's premier's secretary's ministry's affairs' vice-minister
vice-governor lawmaker lawmakers spokespersons coordinator inspector registrar provost dean rector pope cardinal
archbishop bishop imam patriarch sheikh emeritus co-chair co-chairman ceo president-elect premier-elect elect
ombudsman governor-general viceroy regent sovereign monarch emperor empress duke duchess grand metropolitan municipal
provincial regional local county city town district overseas external multilateral bilateral region regions fm pm
taoiseach tánaiste tanaiste menteri besar commandant counsel holy father
asian african american european arab pacific atlantic oceanian latin caribbean nordic baltic balkan eurasian
north south east west northern southern eastern western middle east-asian southeast northeast
conferences' relations' global ocean maritime border boundary consular protocol legal treaty treaties arms control
disarmament non-proliferation nuclear climate human rights humanitarian refugees migration labour labor social
welfare women youth sports tourism transport transportation communications infrastructure housing urban rural
water resources land natural fisheries forestry mining oil gas petroleum power electricity telecommunications
customs immigration taxation tax revenue statistics audit veterans homeland investment investments industries
commerce' regulatory review standing' select subcommittee caucus faction bloc coalition front movement league
liberal conservative labour socialist workers nationalist green greens independent session sessions expatriates expatriate diaspora emigrants nationals
compatriots francophonie`)

// honorifics are dropped from names.
var honorifics = setOf(`mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame h.e. h.e he. his her excellency hon hon. honourable
honorable rt rt. right sheikh shaikh sheik pak bapak ibu madam madame mme mme. lord lady excellencies comrade
messrs messrs. mister miss sayyid sayyida datuk dato dato' datin tun toh shri smt smt. shrimati amb.
eminence holiness beatitude samdech`)

// honorPairs open two-word honorifics with "Seri" or "Sri" ("Datuk Seri",
// "Tan Sri"); "Tan" alone is a surname, so only the pair is an honorific.
var honorPairs = setOf(`datuk dato dato' datin tan puan toh`)

// notNames are capitalized words that never start or end a person's name.
var notNames = setOf(`the a an on in at of for and or but to from by with as during after before both each all every
he she they we it its his her their our my your this that these those there here what when where which who whose
while upon under over about against between among through since until within without also however meanwhile
furthermore moreover according following regarding concerning further yet still then thus so if not no nor
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december sept today yesterday tomorrow
home news suggest friend updated published posted share photo xinhua reuters tass sputnik app press release readout
statement statements meets meeting met holds held talks talk call calls phone telephone video visit visits welcome
leaders politics world top language english back search trends cover related topics topic events event
day days year years new lunar spring festival olympic olympics games covid covid-19 coronavirus god hall palace hotel
residence building great people belt road initiative summit forum cooperation silk cold war peninsula strait sea
ocean gulf asia africa europe america americas pacific atlantic indo-pacific asia-pacific china-us us-china
mainland island islands republic kingdom state states united nations union federation democratic people's
contact us website copyright print email e-mail bookmark comments comment user name required send stories
mobile rss newsletter download link external overview beginning relations page skip main content video player
dialogue dialogues guesthouse guesthouses villa pavilion stadium centre center square garden gardens airport
headquarters manor castle estate
has have had speaks spoke pays paying courtesy receives hosts hosted attends attended concludes concluded joins
joined signs signed discusses congratulates thanks reaffirms agrees agreed urges underlines
said says added noted stressed expressed pointed underscored welcomed
two three four five six seven eight nine ten first second third fourth fifth sixth seventh eighth ninth tenth
st st. one-china fm nsa vp pm mp mfa prc ceo dprk rok oh ok yes no`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameParticles may sit inside a name in lower case: "Mohammed bin Salman".
var nameParticles = setOf(`bin bint ibn al el de da di du van von der den la le dos das del ben abu ould`)

// connectors join the words of a title or body name: "Minister of Foreign
// Affairs", "Secretary of State and Minister for ...".
var connectors = setOf(`of the for and to on in at & de`)
