package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/source"
	"github.com/diplograph/diplograph/store"
)

// ContentHash is the hex SHA-256 of a statement's text: loading the same
// text again is recognized by it.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// StatementHash identifies a statement by its URL (when it has one) and
// its text: the same text under two URLs is two statements, a new text
// under a known URL is a correction of the old one.
func StatementHash(url, text string) string {
	h := sha256.New()
	h.Write([]byte(url))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Record turns a document and what extraction found in it into the
// statement record the store writes, with every name resolved to an
// entity. Participants the text does not name are left out: an Official
// needs a name.
func (r *Resolver) Record(doc source.Document, res extract.Result) store.StatementRecord {
	hash := StatementHash(doc.URL, doc.Text)
	title := res.Title
	if title == "" {
		title = doc.Title
	}
	published := res.Published
	if published == "" {
		published = doc.Published
	}
	st := store.StatementRecord{
		ID:          "statement:" + hash,
		Source:      doc.Label,
		URL:         doc.URL,
		Title:       title,
		Publisher:   publisher(doc.URL),
		Published:   published,
		ContentHash: ContentHash(doc.Text),
		Text:        doc.Text,
	}
	for i, c := range res.Contacts {
		m := store.MeetingRecord{
			ID:            "meeting:" + hash + ":" + itoa(i),
			Ordinal:       i,
			Kind:          string(c.Kind),
			Date:          c.Date,
			DateText:      c.DateText,
			Evidence:      c.Evidence.Text,
			EvidenceStart: c.Evidence.Start,
			EvidenceEnd:   c.Evidence.End,
		}
		if m.Kind == "" {
			m.Kind = string(extract.KindOther)
		}
		if c.AtRequestOf != "" {
			m.AtRequestOf = r.Organization(c.AtRequestOf).Name
		}
		if c.Country != "" {
			m.Country = r.Organization(c.Country).Name
		}
		if c.City != "" {
			city := r.City(c.City, m.Country)
			m.City = &city
			if m.Country == "" {
				m.Country = city.Country
			}
		}
		seenTopic := map[string]bool{}
		for _, t := range c.Topics {
			t = strings.TrimSpace(t)
			id := "topic:" + Slug(t)
			if t == "" || seenTopic[id] {
				continue
			}
			seenTopic[id] = true
			m.Topics = append(m.Topics, store.TopicRecord{ID: id, Name: t, Aliases: []string{t}})
		}
		for _, p := range c.Participants {
			if strings.TrimSpace(p.Name) == "" {
				continue
			}
			var org store.OrganizationRecord
			if p.Organization != "" {
				org = r.Organization(p.Organization)
			}
			off := r.Official(p.Name, org)
			if off.ID == "" {
				continue
			}
			m.Participants = append(m.Participants, store.ParticipantRecord{Official: off, Title: p.Title, Organization: org})
		}
		st.Meetings = append(st.Meetings, m)
	}
	st.Merges = r.TakeMerges()
	return st
}

// publisher is the site a statement's URL points to, without "www.".
func publisher(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
