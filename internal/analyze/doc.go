// Package analyze turns an article into its dossier: the core stages
// (package core: language, structure and sentences, claims, quantities,
// entities) then the credibility signals that read them (persuasion
// techniques, genre, source reputation).
//
// The benchmark in this package reports throughput on the dev article, each
// stage's share and allocations:
//
//	go test -run XXX -bench Analyze -benchtime 3s ./internal/analyze
package analyze
