// Package analyze turns an article into its dossier: the core stages
// (package core: language, structure and sentences, claims, quantities,
// entities) then the credibility signals that read them (persuasion
// techniques, genre, source reputation).
//
// # Speed
//
// On the dev article (3,918 bytes, 31 sentences), one core, this machine
// (2-core AMD EPYC VM), 2026-11-28, session 3:
//
//	go test -run XXX -bench Analyze -benchtime 4s -count 3 -cpu 1 ./internal/analyze
//
//	2.2–3.3 ms an article (300–450 articles/s; runs on this shared VM vary
//	by a third from hour to hour), 410 KB and 2,738 allocations an article.
//	Shares: claims 42 % (of which the check-worthiness model with its word
//	vectors about a third), signals 22–23 % (genre, techniques,
//	reputation), entities 19–20 %, segmentation 9 %, quantities 5 %, text
//	index 1 %, language identification 0.3 %.
//
// A 5 KB article therefore takes 2.8–4.2 ms, inside the 5 ms budget; short
// texts cost more per byte, and BenchmarkAnalyzeProject (our 44 texts,
// 1.2 KB on average) gives 4.5–5.6 ms per 5 KB, at the budget's edge when
// the VM is loaded. Language
// identification used to be most of a short text's fixed cost (0.3 ms on
// the first 200 code points); it now decides from function words when they
// make the language plain and runs the trigram model only otherwise (see
// internal/langid). Before that change and this session's others: 2.7–3.5 ms
// for the dev article and 4.8–6.0 ms per 5 KB for the project texts. Each
// stage still tokenizes the text its own way; a shared token layer is the
// next saving.
package analyze
