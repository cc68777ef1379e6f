#!/usr/bin/env python3
"""Validate gold/1 annotation files (see ANNOTATION.md and shared SPEC.md, "Gold format").

Usage: python3 check_gold.py [DIR_OR_FILE ...]   (default: the project/ folder beside this script)

For every *.gold.json file: load the JSON, fold the white space of its text, check that
every sentence anchor is found in order (non-overlapping, increasing), that cues, sources
and claim anchors lie inside their sentence, that every entity mention occurs as a whole
word, that every quantity anchor occurs, and that statuses, types and meta values are
valid. Also warns when a sentence gap contains letters or digits (possible missing
sentence). Prints errors, warnings and counts; exit status 1 if any error.
"""
import json
import os
import re
import sys
from collections import Counter

STATUSES = {"asserted", "hedged", "reported", "speculative", "question", "opinion"}
KINDS = {"named", "unnamed", "vague"}
TYPES = {"PER", "ORG", "LOC", "MISC"}
GENRES = {"opinion", "reporting", "satire"}
WS = re.compile(r"\s+")


def fold(s):
    return WS.sub(" ", s)


def is_word(ch):
    return ch.isalnum() or ch == "_"


def whole_word_positions(text, surface):
    out, i = [], text.find(surface)
    while i >= 0:
        j = i + len(surface)
        left_ok = i == 0 or not (is_word(text[i - 1]) and is_word(surface[0]))
        right_ok = j == len(text) or not (is_word(text[j]) and is_word(surface[-1]))
        if left_ok and right_ok:
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


def check_file(path, stats):
    errs, warns = [], []
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"{name}: cannot load JSON: {e}"], warns
    if g.get("format") != "gold/1":
        errs.append(f"{name}: format is not gold/1")
    exp_id = name[: -len(".gold.json")]
    if g.get("id") != exp_id:
        errs.append(f"{name}: id {g.get('id')!r} != {exp_id!r}")
    if "text" in g:
        raw = g["text"]
    else:
        tf = os.path.join(os.path.dirname(path), g.get("text_file", ""))
        try:
            with open(tf, encoding="utf-8") as f:
                raw = f.read()
        except Exception as e:  # noqa: BLE001
            return errs + [f"{name}: cannot read text_file: {e}"], warns
    text = fold(raw)

    meta = g.get("meta", {})
    lang = meta.get("lang")
    if lang not in ("fr", "en"):
        errs.append(f"{name}: meta.lang {lang!r} invalid")
    if meta.get("genre") not in GENRES:
        errs.append(f"{name}: meta.genre {meta.get('genre')!r} invalid")
    if not isinstance(meta.get("elided"), bool):
        errs.append(f"{name}: meta.elided must be true/false")
    for k in ("byline", "url"):
        if k in meta and meta[k] not in raw:
            errs.append(f"{name}: meta.{k} {meta[k]!r} not in text")
    if "url" in meta:
        m = re.match(r"https?://([^/]+)", meta["url"])
        host = m.group(1).lower() if m else ""
        host = host[4:] if host.startswith("www.") else host
        if meta.get("site") != host:
            errs.append(f"{name}: meta.site {meta.get('site')!r} != host {host!r}")
    elif "site" in meta:
        errs.append(f"{name}: meta.site without meta.url")
    if meta.get("elided") is False and re.search(r"\[\.\.\.\]|\[…\]|\(\.\.\.\)|\(…\)|\.{8,}", raw):
        warns.append(f"{name}: text has an elision marker but meta.elided is false")

    pos = 0
    spans = []
    for i, s in enumerate(g.get("sentences", [])):
        st = s.get("text")
        if not st:
            errs.append(f"{name} s{i}: no text anchor")
            continue
        if st != st.strip() or "  " in st:
            errs.append(f"{name} s{i}: anchor not trimmed/folded: {st!r}")
        j = text.find(st, pos)
        if j < 0:
            errs.append(f"{name} s{i}: sentence not found after offset {pos}: {st[:70]!r}")
            continue
        gap = text[pos:j]
        if re.search(r"\w", gap) and i > 0:
            warns.append(f"{name} s{i}: gap before sentence has text: {gap.strip()[:60]!r}")
        spans.append((j, j + len(st)))
        pos = j + len(st)
        status = s.get("status")
        if status not in STATUSES:
            errs.append(f"{name} s{i}: bad status {status!r}")
        stats["status"][status] += 1
        cw = s.get("checkworthy", "missing")
        if cw not in (True, False, None):
            errs.append(f"{name} s{i}: checkworthy must be true/false/null")
        if cw is True:
            stats["checkworthy"] += 1
        for c in s.get("cues", []):
            if c not in st:
                errs.append(f"{name} s{i}: cue {c!r} not in sentence")
        if "source" in s and s["source"] not in st:
            errs.append(f"{name} s{i}: source {s['source']!r} not in sentence")
        if "source_kind" in s and s["source_kind"] not in KINDS:
            errs.append(f"{name} s{i}: bad source_kind {s['source_kind']!r}")
        if status == "reported" and "source_kind" not in s:
            errs.append(f"{name} s{i}: reported sentence without source_kind")
        cpos = 0
        for k, c in enumerate(s.get("claims", [])):
            a = c.get("anchor", "")
            ci = st.find(a, cpos)
            if not a or ci < 0:
                errs.append(f"{name} s{i} c{k}: claim anchor not in sentence (in order): {a[:60]!r}")
            else:
                cpos = ci + len(a)
            if c.get("status") not in STATUSES:
                errs.append(f"{name} s{i} c{k}: bad status {c.get('status')!r}")
            if "source" in c and c["source"] not in st:
                errs.append(f"{name} s{i} c{k}: source {c['source']!r} not in sentence")
            if "source_kind" in c and c["source_kind"] not in KINDS:
                errs.append(f"{name} s{i} c{k}: bad source_kind")
            if c.get("status") == "reported" and "source_kind" not in c:
                errs.append(f"{name} s{i} c{k}: reported claim without source_kind")
            stats["claims"] += 1
        stats["sentences"] += 1
    tail = text[pos:]
    if meta.get("byline"):
        tail = tail.replace(fold(meta["byline"]), "")
    if meta.get("url"):
        tail = tail.replace(meta["url"], "")
    tail = re.sub(r"(#\w+|@\w+|https?://\S+)", "", tail)
    tail = re.sub(r"\b(By|Par|Propos recueillis par)\b", "", tail)
    if re.search(r"[^\W_]", tail):
        warns.append(f"{name}: text after the last sentence: {tail.strip()[:60]!r}")

    for e in g.get("entities", []):
        if e.get("type") not in TYPES:
            errs.append(f"{name}: entity {e.get('name')!r} bad type {e.get('type')!r}")
        stats["entities"] += 1
        stats["etype"][e.get("type")] += 1
        if not e.get("mentions"):
            errs.append(f"{name}: entity {e.get('name')!r} has no mentions")
        for m in e.get("mentions", []):
            if not isinstance(m, str):
                continue
            if m != m.strip():
                errs.append(f"{name}: mention {m!r} not trimmed")
            if not whole_word_positions(text, m):
                errs.append(f"{name}: mention {m!r} ({e.get('name')}) not found as a whole word")
            else:
                stats["mentions"] += len(whole_word_positions(text, m))

    for q in g.get("quantities", []):
        a = q.get("anchor", "")
        if not a or a not in text:
            errs.append(f"{name}: quantity anchor {a!r} not found")
        if not isinstance(q.get("value"), (int, float)) or isinstance(q.get("value"), bool):
            errs.append(f"{name}: quantity {a!r} value must be a number")
        if not isinstance(q.get("approx"), bool):
            errs.append(f"{name}: quantity {a!r} approx must be true/false")
        if not q.get("unit"):
            errs.append(f"{name}: quantity {a!r} has no unit")
        stats["quantities"] += 1
    stats["lang"][lang] += 1
    stats["genre"][meta.get("genre")] += 1
    stats["words"] += len(re.findall(r"\w+", raw))
    return errs, warns


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    targets = argv or [os.path.join(here, "project")]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, f) for f in os.listdir(t) if f.endswith(".gold.json"))
        else:
            files.append(t)
    stats = {"status": Counter(), "lang": Counter(), "genre": Counter(), "etype": Counter(),
             "sentences": 0, "claims": 0, "checkworthy": 0, "entities": 0, "mentions": 0,
             "quantities": 0, "words": 0}
    all_errs, all_warns = [], []
    for p in files:
        e, w = check_file(p, stats)
        all_errs += e
        all_warns += w
    for w in all_warns:
        print("WARN ", w)
    for e in all_errs:
        print("ERROR", e)
    print(f"files: {len(files)}  texts per language: {dict(stats['lang'])}  genres: {dict(stats['genre'])}")
    print(f"words: {stats['words']}  sentences: {stats['sentences']}  split claims: {stats['claims']}  "
          f"check-worthy sentences: {stats['checkworthy']}")
    print("status distribution: " + ", ".join(f"{k} {v}" for k, v in stats["status"].most_common()))
    print(f"entities: {stats['entities']} ({dict(stats['etype'])}), mention occurrences: {stats['mentions']}")
    print(f"quantities: {stats['quantities']}")
    print(f"errors: {len(all_errs)}  warnings: {len(all_warns)}")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
