package extract

// topicsFor is filled in below (topic extraction).
func topicsFor(infos []sentInfo, c *cand, until int) []string { return nil }
