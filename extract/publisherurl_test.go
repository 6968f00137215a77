package extract

import "testing"

func TestPublisherFromURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.whitehouse.gov/briefing-room/statements-releases/2021/x/": "United States",
		"https://www.state.gov/secretary-blinkens-meeting/":                    "United States",
		"https://www.gov.uk/government/news/foreign-secretary-meets":           "United Kingdom",
		"https://www.mfa.gov.cn/eng/zxxx_662805/202002/t20200215.html":         "China",
		"https://www.mofa.go.jp/press/release/page1e_000.html":                 "Japan",
		"https://www.mea.gov.in/press-releases.htm":                            "India",
		"http://bb.chineseembassy.org/eng/zxxx/t1.htm":                         "China",
		"http://ph.china-embassy.org/eng/sgdt/t2.htm":                          "China",
		"https://www.chinaconsulatechicago.org/eng/news/":                      "China",
		"https://www.nato.int/cps/en/natohq/news_1.htm":                        "NATO",
		"https://press.un.org/en/2023/sgsm1.doc.htm":                           "UN",
		"https://www.eeas.europa.eu/eeas/press-material_en":                    "EU",
		"https://www.gob.mx/sre/prensa/x":                                      "Mexico",
		"https://tass.com/politics/1":                                          "",
		"https://www.reuters.com/world/x":                                      "",
		"https://www.einpresswire.com/article/1":                               "",
		"https://www.chinadaily.com.cn/a/2020/x.html":                          "",
		"https://www.example.org/x":                                            "",
		"not a url":                                                            "",
		"":                                                                     "",
	} {
		if got := publisherFromURL(in); got != want {
			t.Errorf("publisherFromURL(%q) = %q, want %q", in, got, want)
		}
	}
}
