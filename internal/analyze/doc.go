// Package analyze chains Loupe's stages into a dossier: text index, language
// identification, structure and sentences (segment), claims. Each stage is a
// pure function of its input and of data loaded once by New, so that the
// same chain serves the command line, the HTTP server and queue workers.
//
// Analyze records each stage's time in Dossier.Timing (not serialised); the
// benchmarks in this package report throughput and each stage's share.
package analyze
