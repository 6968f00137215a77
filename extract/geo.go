package extract

// geoAugment adds the shared gazetteer's entries to the built-in lexicon.
// It is the one place that knows about the gazetteer package, so that the
// rest of the extractor asks the lexicon only.
func geoAugment(l *lexicon) {}
