// Package store owns diplograph's Neo4j database: the schema (constraints
// and indexes), every write and every read. Every Cypher string lives in
// this package as a named constant beside the method that runs it; values
// are always passed as $parameters; reads run in read transactions.
//
// # The graph
//
// Nodes, each with a stable string id under a uniqueness constraint, a
// display name and a list of aliases:
//
//	(:Official     {id, name, aliases, surname})
//	(:Organization {id, name, aliases, kind, acronym, country})
//	(:City         {id, name, aliases, country})
//	(:Topic        {id, name, aliases})
//	(:Statement    {id, name, source, url, title, publisher, published, contentHash, text})
//	(:Meeting      {id, name, kind, date, dateText, atRequestOf, evidence,
//	                evidenceStart, evidenceEnd, city, country, statementId, ordinal})
//
// Official, Organization, City and Topic also carry aliasText, their
// aliases joined with " | ", because full-text indexes cannot index lists:
// the entityNames full-text index covers name and aliasText, statementText
// covers Statement title and text.
//
// Meeting.date is "YYYY-MM-DD", "YYYY-MM" or absent; as strings these sort
// and compare in date order, which range filters rely on.
//
// Relationships:
//
//	(:Official)-[:MEETING {meetingId, date, kind}]->(:Official)
//	(:Official)-[:ATTENDED {title, organization, ordinal}]->(:Meeting)
//	(:Meeting)-[:HELD_IN]->(:City)
//	(:Meeting)-[:DISCUSSED]->(:Topic)
//	(:Meeting)-[:REPORTED_IN]->(:Statement)
//	(:Official)-[:REPRESENTS {title, firstSeen, lastSeen}]->(:Organization)
//
// ATTENDED.ordinal is the participant's 0-based position in the list of
// participants the statement gives for the meeting (extract.Contact's
// Participants, as the loader passes them on); participants are read back
// in that order. Graphs written before ordinal existed lack it, and their
// participants are read back in the order the evidence names them.
//
// MEETING edges are the pairwise projection of a Meeting: one per pair of
// participants of different organizations (every pair when all share one),
// directed from the participant listed first. They are written in the same
// transaction as the Meeting node and its Statement.
//
// Ids are derived from content: "org:<slug>", "official:<slug>",
// "city:<country-slug>:<name-slug>", "topic:<slug>", "statement:<hash>",
// "meeting:<statement-hash>:<ordinal>".
package store
