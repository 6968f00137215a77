package source

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDocument takes a saved web page apart with a real HTML parser: the
// text of its article (or main part, or body) without navigation, scripts
// and forms, and from its metadata the title, canonical URL and
// publication date.
func htmlDocument(label string, data []byte, opts Options) Document {
	if _, skipped := checkText(data, opts); skipped != "" {
		return Document{Label: label, Skipped: skipped}
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Document{Label: label, Skipped: "bad HTML: " + err.Error()}
	}
	meta := readMeta(root)
	content := findFirst(root, atom.Article)
	if content == nil {
		content = findFirst(root, atom.Main)
	}
	if content == nil {
		content = findFirst(root, atom.Body)
	}
	if content == nil {
		content = root
	}
	var b textBuilder
	b.walk(content)
	text := b.String()
	doc := Document{Label: label, URL: meta.url, Title: meta.title, Published: meta.published, Text: text}
	if strings.TrimSpace(text) == "" {
		doc.Text, doc.Skipped = "", "empty: the page has no text"
	}
	return doc
}

// pageMeta is what a page's head says about it.
type pageMeta struct {
	title, url, published string
}

// publishedMetaNames are the meta names and properties that carry a page's
// publication date, most specific first.
var publishedMetaNames = []string{
	"article:published_time", "og:published_time", "datepublished", "pubdate",
	"publishdate", "publication_date", "dc.date.issued", "dcterms.issued",
	"dc.date", "date", "article:modified_time",
}

func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var titleTag string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if titleTag == "" {
					titleTag = strings.TrimSpace(nodeText(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if key != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = strings.TrimSpace(attr(n, "content"))
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if _, seen := metas["time"]; !seen && attr(n, "datetime") != "" {
					metas["time"] = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	m.title = metas["og:title"]
	if m.title == "" {
		m.title = titleTag
	}
	if m.url == "" {
		m.url = metas["og:url"]
	}
	for _, name := range append(publishedMetaNames, "time") {
		if v := metas[name]; v != "" {
			if d := PublishedDate(v); d != "" {
				m.published = d
				break
			}
		}
	}
	return m
}

// skipped are elements whose text is never part of a statement.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Button: true,
	atom.Select: true, atom.Head: true, atom.Menu: true,
}

// blocks are elements that start a new line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Table: true, atom.Section: true, atom.Article: true,
	atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true,
	atom.Dd: true, atom.Dt: true, atom.Figcaption: true, atom.Hr: true,
}

// textBuilder collects a node's visible text, one paragraph a line.
type textBuilder struct {
	b       strings.Builder
	pending bool // a line break is owed before the next text
}

func (t *textBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hasRole(n, "navigation", "banner", "contentinfo") {
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		t.pending = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c)
	}
	if block {
		t.pending = true
	}
}

func (t *textBuilder) text(s string) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		if s != "" && t.b.Len() > 0 && !t.pending {
			t.space()
		}
		return
	}
	if t.pending && t.b.Len() > 0 {
		t.b.WriteString("\n\n")
	} else if t.b.Len() > 0 && startsWithSpace(s) {
		t.space()
	}
	t.pending = false
	t.b.WriteString(strings.Join(fields, " "))
	if endsWithSpace(s) {
		t.space()
	}
}

func (t *textBuilder) space() {
	str := t.b.String()
	if !strings.HasSuffix(str, " ") && !strings.HasSuffix(str, "\n") {
		t.b.WriteByte(' ')
	}
}

func (t *textBuilder) String() string {
	lines := strings.Split(t.b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n")) + "\n"
}

func startsWithSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t\n\r\f") != s }
func endsWithSpace(s string) bool   { return s != "" && strings.TrimRight(s, " \t\n\r\f") != s }

func hasRole(n *html.Node, roles ...string) bool {
	r := attr(n, "role")
	for _, want := range roles {
		if strings.EqualFold(r, want) {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
