package lexicon

// functionWords are English closed-class words (articles, pronouns,
// prepositions, conjunctions, auxiliaries, determiners) and the most
// general adverbs: words that say nothing of what a text is about.
var functionWords = set(`a an the this that these those there here it its it's itself i me my mine myself we us our
	ours ourselves you your yours yourself yourselves he him his himself she her hers herself they them their
	theirs themselves who whom whose which what whatever whoever when where why how whether if then than
	because since while although though unless until till so as of at by for from in into onto on off out over
	under up down about above after before against among amid between through throughout during without within
	along across around behind below beneath beside besides beyond near toward towards upon via per and or nor
	but yet also either neither not no nor only just even still already again ever never always often sometimes
	very too quite rather much many more most less least few some any all both each every other another such
	same own be am is are was were been being have has had having do does did doing done will would shall
	should can could may might must ought let lets get gets got getting go goes went gone going come comes came
	make makes made take takes took taken say says said one ones s t re ve ll d m mr mrs ms dr st jr
	now today yesterday tomorrow tonight later earlier soon well back away like unlike including until upon
	whose whom therefore however meanwhile moreover furthermore thus hence etc vs`)

// FunctionWord reports whether w is a closed-class word or a general
// adverb ("the", "of", "would", "however"): a word that tells nothing of
// what a text is about.
func FunctionWord(w string) bool { return functionWords[w] }
