package extract

import (
	"strings"
	"testing"
	"time"
)

func BenchmarkExtractDev(b *testing.B) {
	texts, _ := devCorpus(b)
	var docs []string
	var size int64
	for _, t := range texts {
		docs = append(docs, t)
		size += int64(len(t))
	}
	Extract(Input{Text: docs[0]}) // build the word lists outside the timing
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(Input{Text: docs[i%len(docs)]})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "met", "On February 14, 2020, Foreign Minister Ana Velt met with President Oskar Brill of Norland in Vienna.",
		"---\ntitle: \"x\\\n  \\ y\"\npublished_time: 2024-13-40\n---\nPresident A B spoke today with Prime Minister C D of France.",
		"\x00\xff\xfe met with \xc3", "Mr. . . . H.E. ,,, ((( ))) met with of the of the",
		"On September17, 2020 at request 29-Oct-2022 19/06/2021 02/15/2020 Sept. 2, 2018 from June 20 to 21, 2007",
	} {
		f.Add(s, "", "")
	}
	f.Fuzz(func(t *testing.T, text, title, published string) {
		r := Extract(Input{Text: text, Title: title, Published: published})
		if r.Contacts == nil {
			t.Fatal("Contacts is nil, want an empty slice")
		}
		for _, c := range r.Contacts {
			if c.Evidence.Start < 0 || c.Evidence.End > len(text) || c.Evidence.Start > c.Evidence.End || text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Text {
				t.Fatalf("bad evidence span %d:%d", c.Evidence.Start, c.Evidence.End)
			}
		}
	})
}

// linear checks that pathological inputs finish quickly.
func TestPathologicalInputs(t *testing.T) {
	cases := []struct {
		name string
		text string
	}{
		{"5MB prose", strings.Repeat("On May 3, 2021, Foreign Minister Ana Velt met with President Oskar Brill of Norland in Vienna. ", 5<<20/96)},
		{"100k met with", strings.Repeat("met with ", 100000)},
		{"one 5MB line without spaces", strings.Repeat("A", 5<<20)},
		{"binary", string([]byte{0, 1, 2, 0xff, 0xfe, 0x80}) + strings.Repeat("\x00\xff", 1<<20)},
		{"empty", ""},
		{"newlines", strings.Repeat("\n", 1<<20)},
		{"capitalized words", strings.Repeat("President Minister Of The Ana Velt ", 200000)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			r := Extract(Input{Text: tc.text})
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			if r.Contacts == nil {
				t.Error("Contacts is nil")
			}
		})
	}
}
