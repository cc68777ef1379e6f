package claims

import (
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/loupe"
)

var testAnalyzer *Analyzer

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	if testAnalyzer == nil {
		a, err := New()
		if err != nil {
			t.Fatal(err)
		}
		testAnalyzer = a
	}
	return testAnalyzer
}

// one runs the stage on a text taken as one sentence.
func one(t *testing.T, text, lang string) []loupe.Claim {
	tx := loupe.NewText(text)
	return analyzer(t).Detect(tx, []loupe.Span{{Start: 0, End: tx.Len()}}, lang)
}

func TestStatus(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"fr", "Le suspect aurait fui vers l'Espagne.", loupe.Reported},
		// The speaker's own words said now, and verbs of speech read as nouns.
		{"en", "Well, let me just say that the deficit fell.", loupe.Asserted},
		{"en", "But let me comment on the report.", loupe.Asserted},
		{"en", "The animal lived 72 million years ago, the researchers estimate.", loupe.Reported},
		{"fr", "Je dois dire que le déficit a baissé.", loupe.Asserted},
		{"en", "But I will say, we are not doing the job.", loupe.Asserted},
		{"en", "I am simply saying that the plan failed.", loupe.Asserted},
		{"en", "I said that the plan failed.", loupe.Reported},
		{"en", "I wish the President would say: yes, the budget is right.", loupe.Opinion},
		{"en", "The United States must maintain a defense capability.", loupe.Speculative},
		{"en", "But I think it is safe to say that we have sources of energy.", loupe.Hedged},
		{"fr", "Je vous le dis, le chômage a doublé.", loupe.Asserted},
		{"en", "I'd like to point out that the recovery is ahead of our allies'.", loupe.Asserted},
		{"en", "I'd like to thank the workers.", loupe.Opinion},
		{"fr", "Permettez-moi de rappeler que la dette a doublé.", loupe.Asserted},
		{"fr", "Je voudrais souligner que la dette a doublé.", loupe.Asserted},
		{"fr", "J'aimerais rappeler que la dette a doublé.", loupe.Asserted},
		{"fr", "Je voudrais que la dette baisse.", loupe.Opinion},
		{"fr", "Partagez ce message !", loupe.Opinion},
		{"en", "They'll raise the tax next year.", loupe.Speculative},
		{"en", "They're about to stop.", loupe.Speculative},
		{"en", "The plant is due to reopen in May.", loupe.Speculative},
		{"fr", "Bruxelles s'apprête à ouvrir le marché.", loupe.Speculative},
		{"en", "They were wrong then and they are wrong now.", loupe.Opinion},
		{"en", "Stay safe out there.", loupe.Opinion},
		{"en", "Stock up on water NOW.", loupe.Opinion},
		{"en", "RT so this gets seen.", loupe.Opinion},
		// Modals that state facts, and speech that says nothing.
		{"en", "He would later become president of the club.", loupe.Asserted},
		{"en", "Police could not confirm the number of victims.", loupe.Asserted},
		{"en", "Without the loans, the city could not have paid its workers.", loupe.Speculative},
		{"en", "The spokesman declined to comment on the report.", loupe.Asserted},
		{"en", "Acme has not said whether it paid a ransom.", loupe.Asserted},
		{"fr", "« Elle ne l'est pas », insiste la présidente.", loupe.Reported},
		{"en", "The reporter asked if the mayor had signed the order.", loupe.Asserted},
		{"en", "The court heard that the bar played music after 11pm.", loupe.Reported},
		{"en", "Voters have heard that promise before.", loupe.Asserted},
		{"en", "Police this week arrested three men.", loupe.Asserted},
		{"en", "The reason is simple: people no longer trust the banks.", loupe.Asserted},
		{"fr", "Le directeur nous affirme que l'usine ne fermera pas.", loupe.Reported},
		{"fr", "Une personne a déclaré avoir vu le suspect.", loupe.Reported},
		{"en", "Without new funding, the hospital could not stay open beyond March.", loupe.Speculative},
		{"en", "If anything, prices rose faster in May.", loupe.Asserted},
		// A clause opening on a bare verb and its object is a call.
		{"en", "Follow the money, people.", loupe.Opinion},
		{"en", "My advice to employers is simple: run a proper trial and measure what matters.", loupe.Opinion},
		{"en", "And spare us the sermons about the election.", loupe.Opinion},
		{"en", "Even the mayor agrees that the bridge is closed.", loupe.Asserted},
		{"en", "Like the mayor, the council voted for the plan.", loupe.Asserted},
		{"en", "And, look, this has not been an easy decision.", loupe.Asserted},
		{"en", "Let me give you an example of the plan.", loupe.Asserted},
		// Records are not judgements; a discourse marker is not a call.
		{"en", "We are experiencing the worst financial crisis since the Great Depression.", loupe.Asserted},
		{"en", "Look, we are sending $700 billion a year overseas.", loupe.Asserted},
		{"en", "It's a big mistake to do that.", loupe.Opinion},
		{"en", "The plan, announced by the minister on Monday, will cost little.", loupe.Speculative},
		{"en", "It's a big country.", loupe.Asserted},
		{"fr", "C'est une honte absolue.", loupe.Opinion},
		{"fr", "Cette réforme est injuste et brutale.", loupe.Opinion},
		{"fr", "Le chômage est bien en baisse.", loupe.Asserted},
		{"en", "Look it up.", loupe.Opinion},
		{"en", "Think about it.", loupe.Opinion},
		{"en", "The plan, confirmed by the minister on Monday, will cost little.", loupe.Speculative},
		{"fr", "Le vaccin contient du graphène, c'est prouvé par des chercheurs espagnols.", loupe.Reported},
		{"fr", "Les victimes seraient nombreuses.", loupe.Reported},
		{"fr", "Si la loi passait, les loyers baisseraient.", loupe.Speculative},
		{"fr", "Le gouvernement pourrait démissionner.", loupe.Speculative},
		{"fr", "Il finira par céder.", loupe.Speculative},
		{"fr", "Selon la police, 300 personnes ont manifesté.", loupe.Reported},
		{"fr", "D'après l'Insee, les prix ont augmenté.", loupe.Reported},
		{"fr", "Le ministre a déclaré que la réforme était nécessaire.", loupe.Reported},
		{"fr", "Il semble que les négociations aient échoué.", loupe.Hedged},
		{"fr", "Les gangs semblaient très bien entraînés.", loupe.Hedged},
		{"fr", "Il faut en finir avec cette mascarade.", loupe.Opinion},
		{"fr", "Faut-il s'en inquiéter ?", loupe.Question},
		{"fr", "« Pourquoi ? » a demandé le juge.", loupe.Reported},
		{"fr", "La Turquie est bien sûr membre de l'OTAN.", loupe.Asserted},
		{"fr", "Karim Masimov a été arrêté et accusé de trahison.", loupe.Asserted},
		{"fr", "Les gens entraient dans la gare sans contrôle.", loupe.Asserted}, // imperfect, not conditional
		{"fr", "Passez-moi ça s'il vous plaît.", loupe.Opinion},
		{"en", "The suspect reportedly fled to Mexico.", loupe.Reported},
		{"en", "According to the Justice Department, the firm paid $2 million.", loupe.Reported},
		{"en", "The bill could cost taxpayers billions.", loupe.Speculative},
		{"en", "It seems the talks have failed.", loupe.Hedged},
		{"en", "We should ban this practice now.", loupe.Opinion},
		{"en", "Is this the end of the euro?", loupe.Question},
		{"en", "Clearly, the plant was closed in May.", loupe.Asserted},
		{"en", "The United States imposed new tariffs in May.", loupe.Asserted}, // "States", "May": names
		{"fr", "Le ministre avait-il raison dès le mois de mars", loupe.Question},
		{"fr", "Son porte-parole a jugé la mesure « punitive pour les petits propriétaires ».", loupe.Reported},
		{"en", "The plan is a \"bridge to nowhere\" for the city.", loupe.Reported},
		{"en", "The \"reform\" passed in May.", loupe.Asserted},
		{"fr", "Est-ce que la loi sera votée", loupe.Question},
		{"fr", "Levons-nous pour nos agriculteurs", loupe.Opinion},
		{"en", "Who are they kidding", loupe.Question},
		{"en", "Why did nobody warn the residents", loupe.Question},
		{"en", "What is clear is that the plant closed.", loupe.Asserted},
		{"en", "Should the bill pass, rents would fall.", loupe.Speculative},
		{"fr", "« C'est fini », dit-elle.", loupe.Reported},
		{"fr", "Toujours est-il que la loi a été votée.", loupe.Asserted},
		{"fr", "La situation est critique dans le nord.", loupe.Asserted},
		{"en", "The exhibit, titled \"Letters from a Nation in Mourning,\" runs through Jan. 5.", loupe.Asserted},
	}
	for _, tt := range tests {
		cls := one(t, tt.text, tt.lang)
		if cls[0].Status != tt.want {
			t.Errorf("%q: status %s, want %s (%s)", tt.text, cls[0].Status, tt.want, cls[0].Why)
		}
	}
}

func TestSplitAndSources(t *testing.T) {
	text := "On a appris lundi que le ministre aurait démissionné, mais son porte-parole affirme qu'il reste en poste."
	cls := one(t, text, "fr")
	if len(cls) != 2 {
		t.Fatalf("%d claims, want 2: %+v", len(cls), cls)
	}
	if cls[0].Status != loupe.Reported || cls[0].Source == nil || cls[0].Source.Kind != loupe.SourceUnnamed {
		t.Errorf("first claim: %s %+v, want reported, unnamed", cls[0].Status, cls[0].Source)
	}
	tx := loupe.NewText(text)
	if s := cls[1].Source; cls[1].Status != loupe.Reported || s == nil || s.Kind != loupe.SourceNamed || s.Span == nil || tx.Slice(*s.Span) != "son porte-parole" {
		t.Errorf("second claim: %s %+v, want reported, named «son porte-parole»", cls[1].Status, cls[1].Source)
	}
	if cls := one(t, "The mayor said crime was down and he would hire 200 more officers.", "en"); len(cls) != 1 || cls[0].Status != loupe.Reported {
		t.Errorf("a report that goes on after \"and he\": %+v, want one reported claim", cls)
	}
	if cls := one(t, "My cousin works dispatch for the police and she says a curfew starts tonight.", "en"); len(cls) != 2 || cls[0].Status != loupe.Asserted || cls[1].Status != loupe.Reported {
		t.Errorf("and she says: %+v, want asserted then reported", cls)
	}
	// "and" then a subject pronoun and its verb opens a clause of its own.
	if cls := one(t, "Big firms made billions during the crisis and they're about to make more.", "en"); len(cls) != 2 || cls[0].Status != loupe.Asserted || cls[1].Status != loupe.Speculative {
		t.Errorf("and they're: %+v, want asserted then speculative", cls)
	}
	for _, tt := range []struct{ lang, text, kind string }{
		{"fr", "Certains ont émis l'hypothèse que ces personnes venaient de Turquie.", loupe.SourceVague},
		{"fr", "« Nous ne lâcherons rien », a déclaré Mme Laure Fabre.", loupe.SourceNamed},
		{"en", "Some critics said the plan was rushed.", loupe.SourceVague},
		{"en", "The Justice Department said the firm paid a fine.", loupe.SourceNamed},
		{"fr", "Vendredi, il a été rapporté qu'il avait quitté le pays.", loupe.SourceUnnamed},
		{"en", "A senior official said the talks had stalled.", loupe.SourceVague},
		{"en", "A 2019 Harvard study found that rents rose.", loupe.SourceNamed},
		{"fr", "Une source proche du dossier a confirmé que le contrat était signé.", loupe.SourceVague},
	} {
		cls := one(t, tt.text, tt.lang)
		if cls[0].Source == nil || cls[0].Source.Kind != tt.kind {
			t.Errorf("%q: source %+v, want %s", tt.text, cls[0].Source, tt.kind)
		}
	}
}

func TestCuesInsideSentence(t *testing.T) {
	text := "Selon des observateurs, le conflit pourrait s'étendre, mais rien n'est sûr."
	tx := loupe.NewText(text)
	for _, c := range one(t, text, "fr") {
		for _, cue := range c.Cues {
			if !c.Span.Contains(cue.Span) && cue.Kind != loupe.CueQuestion {
				t.Errorf("cue %v outside its claim %v", cue.Span, c.Span)
			}
			if tx.Slice(cue.Span) == "" {
				t.Errorf("empty cue")
			}
		}
		if c.Why == "" {
			t.Errorf("claim %s has no why", c.ID)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "Selon la police, 300 personnes auraient manifesté lundi à Lyon, mais le préfet affirme qu'elles n'étaient que 150. « Nous ne lâcherons rien », a déclaré Mme Fabre. "
	for range 4 {
		text += text
	}
	tx := loupe.NewText(text)
	var sents []loupe.Span
	start := 0
	for i, r := range []rune(text) {
		if r == '.' && i+1 < len([]rune(text)) && []rune(text)[i+1] == ' ' {
			sents = append(sents, loupe.Span{Start: start, End: i + 1})
			start = i + 2
		}
	}
	a := analyzer(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.Detect(tx, sents, "fr")
	}
}

// A quotation over several sentences keeps the speaker named where it opened.
func TestQuotationSpeaker(t *testing.T) {
	text := `"This is a good day," said Sen. Sherrod Brown, D-Ohio. "It took too long. But we got it done." The union said in a statement that it agreed.`
	tx := loupe.NewText(text)
	var sents []loupe.Span
	for _, s := range []string{`"This is a good day," said Sen. Sherrod Brown, D-Ohio.`, `"It took too long.`, `But we got it done."`, `The union said in a statement that it agreed.`} {
		i := strings.Index(text, s)
		sp := tx.Span(i, i+len(s))
		sents = append(sents, sp)
	}
	cls := analyzer(t).Detect(tx, sents, "en")
	for i := 0; i < 3; i++ {
		src := cls[i].Source
		if cls[i].Status != loupe.Reported || src == nil || src.Span == nil || tx.Slice(*src.Span) != "Sen. Sherrod Brown" {
			t.Errorf("claim %d: %s %+v, want reported by «Sen. Sherrod Brown»", i, cls[i].Status, src)
		}
	}
}

// An apposition between commas stays with its subject; a speaker label
// names the source; an interview answer runs to the end of its line.
func TestAppositionLabelAndAnswer(t *testing.T) {
	text := "La maire, Claire Rivière, a affirmé que le budget était à l'équilibre."
	tx := loupe.NewText(text)
	cls := one(t, text, "fr")
	if s := cls[0].Source; s == nil || s.Span == nil || tx.Slice(*s.Span) != "La maire, Claire Rivière" {
		t.Errorf("apposition: source %+v, want «La maire, Claire Rivière»", s)
	}

	// A clause before a comma is not a source ("La réforme est nécessaire,
	// a affirmé mardi le ministre devant les députés réunis à Paris").
	text = "La réforme est nécessaire pour le pays, a affirmé mardi le ministre de l'économie devant les députés réunis à Paris."
	cls = one(t, text, "fr")
	if s := cls[0].Source; s != nil && s.Span != nil && strings.HasPrefix(loupe.NewText(text).Slice(*s.Span), "La réforme") {
		t.Errorf("the claim itself taken as its source: %+v", s)
	}

	text = "Paul Martin : Le club a tout vendu. Les joueurs ne sont pas payés.\nQ. : Et demain ?\nR. : Nous jouerons. La saison continue.\nLe match a eu lieu."
	tx = loupe.NewText(text)
	var sents []loupe.Span
	for _, s := range []string{"Paul Martin : Le club a tout vendu.", "Les joueurs ne sont pas payés.", "Q. : Et demain ?", "R. : Nous jouerons.", "La saison continue.", "Le match a eu lieu."} {
		i := strings.Index(text, s)
		sents = append(sents, tx.Span(i, i+len(s)))
	}
	cls = analyzer(t).Detect(tx, sents, "fr")
	want := []string{loupe.Reported, loupe.Reported, loupe.Question, loupe.Reported, loupe.Reported, loupe.Asserted}
	for i, w := range want {
		if cls[i].Status != w {
			t.Errorf("sentence %d %q: %s, want %s (%s)", i, tx.Slice(cls[i].Span), cls[i].Status, w, cls[i].Why)
		}
	}
	if s := cls[0].Source; s == nil || s.Span == nil || tx.Slice(*s.Span) != "Paul Martin" {
		t.Errorf("speaker label: source %+v, want «Paul Martin»", s)
	}
}

// Outside an interview (no question label), a speaker label covers its own
// sentence only.
func TestSpeakerLabelOutsideInterview(t *testing.T) {
	text := "Emmanuel Macron : Nous agirons. Le gouvernement a baissé les impôts de 3 % en 2025."
	tx := loupe.NewText(text)
	var sents []loupe.Span
	for _, s := range []string{"Emmanuel Macron : Nous agirons.", "Le gouvernement a baissé les impôts de 3 % en 2025."} {
		i := strings.Index(text, s)
		sents = append(sents, tx.Span(i, i+len(s)))
	}
	cls := analyzer(t).Detect(tx, sents, "fr")
	if cls[0].Status != loupe.Reported || cls[1].Status != loupe.Asserted {
		t.Errorf("got %s, %s; want reported, asserted", cls[0].Status, cls[1].Status)
	}
}

// The source is the speech verb's subject, not the words before it.
func TestSourceIsTheSubject(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "They will not follow an American president who says the war is over.", "an American president"},
		{"en", "A local pastor, who asked not to be identified, said many families were \"afraid to go out.\"", "A local pastor"},
		{"en", "Admirals Spruance and Callins said that the islands were lost.", "Admirals Spruance and Callins"},
		{"en", "The plant closed last year and the mayor said the jobs were gone.", "the mayor"},
		{"fr", "C'est le jour où le ministre a déclaré que la guerre était finie.", "le ministre"},
		// Auxiliaries between the apposition and the verb; a closing verb
		// whose subject stands before it.
		{"en", "Lawyers for the operator, Cadence Ltd, had argued that the ban was unfair.", "Lawyers for the operator, Cadence Ltd"},
		{"en", "The cost is 60 billion, although some councils disputed the figure.", "some councils"},
		{"en", "The cost is 60 billion, says the minister.", "the minister"},
	} {
		tx := loupe.NewText(tc.text)
		var got string
		for _, c := range one(t, tc.text, tc.lang) {
			if c.Source != nil && c.Source.Span != nil {
				got = tx.Slice(*c.Source.Span)
			}
		}
		if got != tc.want {
			t.Errorf("%q: source %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A vague phrase names its organisation ("analysts at Cornwall Insight");
// an acquaintance is vague and a relative clause is not part of the source.
func TestSourceKindOfPhrase(t *testing.T) {
	for _, tc := range []struct{ lang, text, span, kind string }{
		{"en", "Analysts at Cornwall Insight have warned that prices might rise.", "Analysts at Cornwall Insight", loupe.SourceNamed},
		{"en", "Some analysts have warned that prices might rise.", "Some analysts", loupe.SourceVague},
		{"en", "My aunt's neighbour, who's a nurse in Swindon, says three patients fell ill.", "My aunt's neighbour", loupe.SourceVague},
		{"fr", "Des rumeurs circulent selon lesquelles l'armée aurait capturé un général.", "", loupe.SourceUnnamed},
		{"en", "Bills will rise in April, analysts at Cornwall Insight said.", "analysts at Cornwall Insight", loupe.SourceNamed},
		{"en", "Some residents of Leeds said the road was closed.", "Some residents of Leeds", loupe.SourceVague},
		{"en", "My colleague Sarah Jones reported that the road was closed.", "My colleague Sarah Jones", loupe.SourceNamed},
		{"en", "My guy in Stockholm says the airport grounded all flights.", "My guy in Stockholm", loupe.SourceVague},
		{"fr", "Un porte-parole de Renault a affirmé que l'usine fermera.", "Un porte-parole de Renault", loupe.SourceNamed},
		{"fr", "Des habitants de Lyon ont affirmé que l'eau était coupée.", "Des habitants de Lyon", loupe.SourceVague},
		{"en", "According to what the minister told MPs, the plan will cost more.", "what the minister told MPs", loupe.SourceNamed},
	} {
		tx := loupe.NewText(tc.text)
		var span, kind string
		for _, c := range one(t, tc.text, tc.lang) {
			if c.Source != nil {
				kind = c.Source.Kind
				if c.Source.Span != nil {
					span = tx.Slice(*c.Source.Span)
				}
			}
		}
		if span != tc.span || kind != tc.kind {
			t.Errorf("%q: source %q %s, want %q %s", tc.text, span, kind, tc.span, tc.kind)
		}
	}
}

// A fragment of one or two words states nothing one could check.
func TestShortFragmentNotWorthy(t *testing.T) {
	for _, x := range []string{"THREE.", "Inflation 9.1%."} {
		for _, c := range one(t, x, "en") {
			if c.Checkworthy {
				t.Errorf("%q check-worthy (%s)", x, c.Why)
			}
		}
	}
	cls := one(t, "Unemployment rose to 7.2 percent in March.", "en")
	if len(cls) == 0 || !cls[0].Checkworthy {
		t.Errorf("a statistic should stay check-worthy: %+v", cls)
	}
}
