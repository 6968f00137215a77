package store

import "github.com/neo4j/neo4j-go-driver/v5/neo4j"

// Conversions from the maps read queries return (node {.*} projections)
// to the read types. Missing or mistyped properties read as zero values.

func rdMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func rdStr(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func rdStrPtr(m map[string]any, k string) *string {
	s, ok := m[k].(string)
	if !ok {
		return nil
	}
	return &s
}

func rdStrs(m map[string]any, k string) []string {
	l, _ := m[k].([]any)
	out := make([]string, 0, len(l))
	for _, e := range l {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func rdIntPtr(m map[string]any, k string) *int {
	n, ok := m[k].(int64)
	if !ok {
		return nil
	}
	i := int(n)
	return &i
}

func rdInt(v any) int {
	n, _ := v.(int64)
	return int(n)
}

func rdGet(r *neo4j.Record, key string) any {
	v, _ := r.Get(key)
	return v
}

func toOfficial(v any) Official {
	m := rdMap(v)
	return Official{ID: rdStr(m, "id"), Name: rdStr(m, "name"), Aliases: rdStrs(m, "aliases")}
}

func toOrganization(v any) Organization {
	m := rdMap(v)
	return Organization{
		ID: rdStr(m, "id"), Name: rdStr(m, "name"), Aliases: rdStrs(m, "aliases"),
		Kind: rdStrPtr(m, "kind"), Acronym: rdStrPtr(m, "acronym"), Country: rdStrPtr(m, "country"),
	}
}

func toCity(v any) City {
	m := rdMap(v)
	return City{ID: rdStr(m, "id"), Name: rdStr(m, "name"), Aliases: rdStrs(m, "aliases"), Country: rdStrPtr(m, "country")}
}

func toTopic(v any) Topic {
	m := rdMap(v)
	return Topic{ID: rdStr(m, "id"), Name: rdStr(m, "name"), Aliases: rdStrs(m, "aliases")}
}

func toStatement(v any) Statement {
	m := rdMap(v)
	return Statement{
		ID: rdStr(m, "id"), Title: rdStrPtr(m, "title"), URL: rdStrPtr(m, "url"), Source: rdStrPtr(m, "source"),
		Publisher: rdStrPtr(m, "publisher"), Published: rdStrPtr(m, "published"), Text: rdStrPtr(m, "text"),
	}
}

func toMeeting(v any) Meeting {
	m := rdMap(v)
	return Meeting{
		ID: rdStr(m, "id"), Kind: rdStr(m, "kind"), Date: rdStrPtr(m, "date"), DateText: rdStrPtr(m, "dateText"),
		AtRequestOf: rdStrPtr(m, "atRequestOf"), Country: rdStrPtr(m, "country"), StatementID: rdStr(m, "statementId"),
		Evidence: rdStrPtr(m, "evidence"), EvidenceStart: rdIntPtr(m, "evidenceStart"), EvidenceEnd: rdIntPtr(m, "evidenceEnd"),
	}
}

func toMeetings(v any) []Meeting {
	l, _ := v.([]any)
	out := make([]Meeting, len(l))
	for i, e := range l {
		out[i] = toMeeting(e)
	}
	return out
}
