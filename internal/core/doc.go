// Package core chains the stages that read the text itself: text index,
// language identification, structure and sentences (segment), claims,
// quantities and entities. Package analyze adds the credibility signals
// (techniques, genre, reputation), which read core's dossier; the packages
// of those signals test themselves on core's output without an import cycle.
//
// Each stage is a pure function of its input and of data loaded once by New,
// so that the same chain serves the command line, the HTTP server and queue
// workers. Analyze records each stage's time in Dossier.Timing (not
// serialised).
package core
