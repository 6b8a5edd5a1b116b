package figures

import (
	"strings"
	"time"

	"factpipe/lexicon"
)

// measureTable returns the measure vocabulary, phrase -> measure: what
// happened to the counted thing (lexicon's measure table). The longest
// phrase wins ("killed or wounded" is casualties, not killed).
func measureTable() map[string]string { return lexicon.MeasurePhrases() }

// vocab holds the word lists the extractor reads. Built once by newVocab.
type vocab struct {
	measures     map[string]string
	measureFirst map[string]bool
	measureCue   set // the last content word of each measure phrase: "hospital" of "in hospital"
	stop         set // words that end a counted-noun run
	human        set // singular nouns for people
	claimVerbs   set // verbs that attribute a claim
	relayVerbs   set // verbs of passing on ("reported"), weaker than claims
	titles       set // title words before a name
	orgWords     set // words that make a name an organisation
	descriptors  set // lower-case role nouns before a name: "spokesman", "channel"
	adverbs      set // words skipped between a subject and its verb
	preps        set
	pronouns     set
	months       map[string]time.Month
	weekdays     map[string]time.Weekday
	notCountPrev set // words after which a number is a label: "page 3"
	timeUnits    set
	eventNouns   set
	warCues      map[string]bool
	warFirst     set // first words of warCues
	countries    set
	dets         set
	anaphora     set // nouns that refer back to a number: "the number", "the toll"
	sportsUnits  set // what a player scores or hits: "run", "homer", "goal"
	// passive maps the participles that tell something happened to a
	// person, after a form of "be" ("was arrested"), to the event's
	// normalised action (see events; activeAction has the verbs that
	// stand alone, "died").
	passive map[string]string
}

type set map[string]bool

func newSet(words string) set {
	s := set{}
	for _, w := range strings.Fields(words) {
		s[strings.ReplaceAll(w, "_", " ")] = true
	}
	return s
}

func newVocab() *vocab {
	v := &vocab{measures: measureTable(), measureFirst: map[string]bool{}}
	for p := range v.measures {
		w, _, _ := strings.Cut(p, " ")
		v.measureFirst[w] = true
	}
	v.stop = newSet(`a an the this that these those its their his her our my your it they he she we i you them
		who whom which what whose when where while as than then so such and or but nor yet if because although
		though since until unless whether of in on at by for with from to into onto over under about after
		before during through throughout across against among between within without near per via despite
		toward towards upon is are was were be been being am has have had having do does did will would shall
		should can could may might must not no nor also just only even still already more most less least
		very too all both each every either neither other another some any many much few several here there
		said says say told tells according claimed claims reported reports announced added wrote stated
		including like than were percent per cent ago old apart away apiece later earlier long
		outside inside across around behind beyond along below above down up off out`)
	v.measureCue = set{}
	for p := range v.measures {
		ws := strings.Fields(p)
		for k := len(ws) - 1; k >= 0; k-- {
			if !v.stop[ws[k]] || k == 0 {
				v.measureCue[ws[k]] = true
				break
			}
		}
	}
	v.human = newSet(`person people soldier troop serviceman servicemen service_member man men woman women child
		children civilian conscript recruit draftee fighter militant officer victim resident passenger worker
		student member employee migrant refugee protester mourner prisoner hostage patient survivor citizen
		inhabitant adult baby pilot sailor marine policeman firefighter journalist voter fan spectator
		customer staff personnel miner trooper paratrooper reservist mercenary rebel insurgent separatist
		guard commander teenager boy girl pupil teacher doctor nurse tourist pilgrim worshipper crewman
		crew_member captive detainee casualty other relative family spouse wife husband son daughter
		mobilised mobilized infant elderly individual volunteer policeman policewoman cop fireman gunman
		bystander shopper suspect driver motorist pedestrian cyclist climber hiker farmer villager musician
		actor actress singer player athlete lawyer witness tenant guest diner clerk cashier teller agent
		deputy sheriff staffer laborer labourer builder engineer scientist researcher official politician
		lawmaker legislator activist demonstrator rioter youth kid toddler newborn local neighbour neighbor
		parishioner worshiper congregant monk nun priest nurse medic paramedic rescuer firefighter
		teenager student schoolchild schoolgirl schoolboy employee worker officer lifeguard guest visitor
		motorcyclist gunmen attacker assailant shooter robber thief inmate convict defendant
		applicant competitor runner swimmer skier diver camper sailor fisherman fishermen trucker`)
	v.claimVerbs = set{}
	for w := range lexicon.SpeechVerbs() {
		v.claimVerbs[w] = true
	}
	v.relayVerbs = newSet(`reported reports reporting`)
	v.titles = newSet(`president minister prime general lieutenant lt lt. col col. colonel major maj gen gen.
		admiral captain capt sergeant sgt commander chief dr dr. mr mr. mrs mrs. ms ms. sir dame lord lady
		senator governor mayor secretary spokesman spokeswoman spokesperson ambassador deputy head director
		chairman chairwoman chair professor prof prof. judge justice king queen prince princess pope
		archbishop bishop father rev rev. reverend sheikh emir chancellor premier vice defense defence foreign
		interior state army military retired former late acting mp senior junior officer envoy
		correspondent blogger journalist leader lawmaker official analyst expert inspector detective
		sheriff constable superintendent commissioner marshal coach manager`)
	v.orgWords = newSet(`ministry department agency center centre institute council party army forces force
		government office committee university bank company group news times post channel service services
		staff command authority authorities military navy police guard union federation association
		commission organisation organization corporation inc ltd kremlin pentagon parliament duma assembly
		administration board bureau court media press network tv radio newspaper magazine journal`)
	v.descriptors = newSet(`spokesman spokeswoman spokesperson commander blogger journalist correspondent official
		minister president general chief head leader channel newspaper agency outlet magazine deputy
		lawmaker analyst expert director chair chairman secretary governor mayor envoy ambassador
		officer militant source adviser advisor aide member editor reporter website site`)
	v.adverbs = newSet(`also then later initially previously now again reportedly allegedly recently earlier first
		further officially publicly had has have was is were would will had been later, subsequently
		originally separately briefly once still just already`)
	v.preps = newSet(`in on at during after before with via through from under for by into about since
		amid following`)
	v.pronouns = newSet(`he she it they we i`)
	v.months = map[string]time.Month{}
	for i, m := range lexicon.Months() {
		v.months[m] = time.Month(i + 1)
		if len(m) > 3 {
			v.months[m[:3]] = time.Month(i + 1)
		}
	}
	v.months["sept"] = time.September
	delete(v.months, "mar") // "Mar" is rarely a month in running text; "may" stays: "May 5"
	v.weekdays = map[string]time.Weekday{}
	for i, d := range lexicon.Weekdays() {
		v.weekdays[d] = time.Weekday(i)
	}
	v.notCountPrev = newSet(`page pages p p. pp pp. section sections chapter chapters article articles paragraph
		clause no no. number nos # vol vol. volume part rule phase stage level grade round room route highway
		channel platform gate exit bus flight episode season series act verse figure fig fig. table item
		tier category class division league district precinct ward block unit apartment flat suite bay
		lane street road avenue terminal zone sector group model version mark type windows iphone galaxy
		paragraph code line aged age ages formula hole week day game match race lap`)
	v.timeUnits = newSet(`second minute hour day week month year decade century night weekend fortnight
		mile kilometre kilometer km metre meter yard foot inch kilogram kg tonne ton pound gram litre liter
		degree point`)
	v.eventNouns = newSet(`strike attack bombing blast explosion raid shelling bombardment incident crash fire
		earthquake quake storm flood shooting massacre assault airstrike disaster accident collapse
		hurricane typhoon tsunami fighting battle clash clashes`)
	v.warCues = map[string]bool{}
	for _, p := range []string{"during the conflict", "during the war", "in the war", "of the war",
		"since the start", "since the beginning", "since the war", "since the invasion", "since the conflict",
		"in the conflict", "of the conflict", "so far", "to date", "in total", "overall", "war-wide",
		"since the outbreak", "ranks"} {
		v.warCues[p] = true
	}
	v.warFirst = set{}
	for p := range v.warCues {
		w, _, _ := strings.Cut(p, " ")
		v.warFirst[w] = true
	}
	v.countries = newSet(`afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh
		belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia
		congo croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia europe finland france
		georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq
		ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon
		libya lithuania luxembourg malaysia mali mexico moldova mongolia montenegro morocco mozambique
		myanmar nepal netherlands nigeria norway pakistan palestine panama peru philippines poland portugal
		qatar romania russia rwanda scotland serbia singapore slovakia slovenia somalia spain sudan sweden
		switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine
		uzbekistan venezuela vietnam wales yemen zambia zimbabwe america africa asia us usa uk ussr`)
	v.dets = newSet(`the a an some several many one other its their his her our this that these those such`)
	v.anaphora = newSet(`number figure figures toll tally total count numbers`)
	v.passive = map[string]string{
		"killed": "killed", "murdered": "killed", "slain": "killed", "assassinated": "killed",
		"executed": "executed", "shot": "shot", "stabbed": "stabbed",
		"arrested": "arrested", "detained": "arrested", "apprehended": "arrested",
		"charged": "charged", "indicted": "charged", "sentenced": "sentenced", "convicted": "convicted",
		"released": "released", "freed": "released", "kidnapped": "kidnapped", "abducted": "kidnapped",
		"hospitalized": "hospitalized", "hospitalised": "hospitalized", "extradited": "extradited",
		"fired": "fired", "sacked": "fired", "appointed": "appointed", "elected": "elected",
		"named": "named", "hired": "hired", "injured": "injured", "wounded": "injured", "rescued": "rescued",
	}
	v.sportsUnits = newSet(`run homer home_run double single triple hit goal point basket shot ball pitch inning wicket six four boundary ace birdie eagle`)
	return v
}

// isMeasureWord reports whether w alone is a measure word ("killed",
// "toll"), as opposed to the first word of a longer phrase ("military" in
// "military losses").
func (v *vocab) isMeasureWord(w string) bool {
	_, ok := v.measures[w]
	return ok
}
