// Package analyze turns an article into its dossier: the core stages
// (package core: language, structure and sentences, claims, quantities,
// entities) then the credibility signals that read them (persuasion
// techniques, genre, source reputation).
//
// # Speed
//
// On the dev article (3,918 bytes, 31 sentences), one core, this machine
// (2-core AMD EPYC VM), 2026-11-28:
//
//	go test -run XXX -bench Analyze -benchtime 4s -count 3 -cpu 1 ./internal/analyze
//
//	2.66–3.48 ms an article (290–376 articles/s, 1.1–1.5 MB/s; runs on this
//	shared VM vary by a fifth), 414 KB and 3,158 allocations an article. Shares: claims 39–40 % (of which the
//	check-worthiness model with its word vectors about a third), signals
//	19–20 % (genre, techniques, reputation), entities 18 %, language
//	identification 10 %, segmentation 8 %, quantities 4 %, text index 1 %.
//
// A 5 KB article therefore takes 3.4–4.4 ms, inside the 5 ms budget. Short
// texts cost more per byte: BenchmarkAnalyzeProject (our 44 texts, 1.2 KB
// on average) gives 4.8–6.0 ms per 5 KB, because each document pays about
// 0.5 ms whatever its length (language identification on its first 200
// code points alone is about 0.2 ms). The previous day's 2.3–2.5 ms for the
// dev article grew with the name tables (entities), the cue lexicons and
// the word vectors of check-worthiness. Each stage tokenizes the text its
// own way; a shared token layer is the next saving.
package analyze
