package extract

import "testing"

// TestVideoWording pins the literal prefilter of videoWording to the
// regexp it guards.
func TestVideoWording(t *testing.T) {
	texts := []string{"", "met via Video link", "VIRTUALLY", "held a VideoConference", "vide o", "virtual", "by video"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text)
			}
		}
	}
	for _, s := range texts {
		if got, want := videoWording(s), reVideoWording.MatchString(s); got != want {
			t.Errorf("videoWording(%.60q) = %v, want %v", s, got, want)
		}
	}
}
