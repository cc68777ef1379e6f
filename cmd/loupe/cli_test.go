package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"analyze"}, {"analyze", "--format", "xml", "-"}, {"eval"}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// A batch of 10,000 sentences runs in one process, one dossier a line in
// input order; a malformed line yields an error line and the run goes on.
func TestBatchJSONL(t *testing.T) {
	const n = 10000
	var in strings.Builder
	bad := map[int]bool{17: true, 5000: true, 9999: true}
	for i := 1; i <= n; i++ {
		switch {
		case i == 17:
			in.WriteString("{not json\n")
		case i == 5000:
			in.WriteString(`{"id": "x5000", "text": 42}` + "\n")
		case i == 9999:
			in.WriteString(`{"id": "x9999"}` + "\n")
		case i%2 == 0:
			fmt.Fprintf(&in, `{"id": "s%d", "text": "Le ministre aurait démissionné lundi, selon Le Monde, après %d jours de crise."}`+"\n", i, i)
		default:
			fmt.Fprintf(&in, `{"id": %d, "text": "The minister said on Monday that %d people were evacuated."}`+"\n", i, i)
		}
	}
	code, out, _ := runCLI(t, in.String(), "analyze", "--format", "jsonl", "--input-format", "jsonl", "-")
	if code != exitFail {
		t.Errorf("exit %d, want %d (some lines were bad)", code, exitFail)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("output line %d: %v", line, err)
		}
		if bad[line] {
			if rec["error"] == nil || rec["line"] != float64(line) {
				t.Fatalf("output line %d = %v, want an error record for input line %d", line, rec, line)
			}
			continue
		}
		want := fmt.Sprint(line)
		if line%2 == 0 {
			want = "s" + want
		}
		if rec["id"] != want || rec["schema"] != "loupe.dossier/1" {
			t.Fatalf("output line %d: id %v schema %v, want %s", line, rec["id"], rec["schema"], want)
		}
	}
	if line != n {
		t.Errorf("%d output lines, want %d", line, n)
	}
}

func TestJSONOneAndMany(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Le gouvernement a annoncé 20 000 emplois. Est-ce vrai ?"), 0o644)
	os.WriteFile(b, []byte("The council voted on Tuesday."), 0o644)
	code, out, _ := runCLI(t, "", "analyze", "--format", "json", a)
	var one map[string]any
	if code != exitOK || json.Unmarshal([]byte(out), &one) != nil || one["schema"] != "loupe.dossier/1" {
		t.Fatalf("one input: exit %d, output %.200s", code, out)
	}
	code, out, _ = runCLI(t, "", "analyze", a, "--format", "json", b)
	var many []map[string]any
	if code != exitOK || json.Unmarshal([]byte(out), &many) != nil || len(many) != 2 {
		t.Fatalf("two inputs: exit %d, output %.200s", code, out)
	}
	code, out, _ = runCLI(t, "", "analyze", "--format", "json", dir)
	if code != exitOK || json.Unmarshal([]byte(out), &many) != nil || len(many) != 2 {
		t.Fatalf("folder: exit %d, output %.200s", code, out)
	}
}

func TestMissingInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("Un texte court."), 0o644)
	code, out, errs := runCLI(t, "", "analyze", "--format", "jsonl", filepath.Join(dir, "missing.txt"), a)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFail || len(lines) != 2 || !strings.Contains(lines[0], `"error"`) || !strings.Contains(errs, "missing.txt") {
		t.Fatalf("exit %d, stderr %q, output %q", code, errs, out)
	}
}

func TestBadInputs(t *testing.T) {
	for name, in := range map[string]string{
		"empty":   "",
		"binary":  "\x00\x01\x02\x03binary\x00",
		"spaces":  "   \n\t  ",
		"invalid": "caf\xe9 cr\xe8me. Fin.",
	} {
		code, out, errs := runCLI(t, in, "analyze", "--format", "jsonl", "-")
		if name == "invalid" {
			if code != exitOK || !strings.Contains(out, "U+FFFD") {
				t.Errorf("%s: exit %d, output %.300s", name, code, out)
			}
			continue
		}
		if code != exitFail || !strings.Contains(out, `"error"`) || errs == "" {
			t.Errorf("%s: exit %d, stderr %q, output %q", name, code, errs, out)
		}
	}
}

func TestTextAndMarkdown(t *testing.T) {
	in := "Selon la police, 300 personnes auraient manifesté. Faut-il s'en inquiéter ?"
	for _, f := range []string{"text", "md"} {
		code, out, _ := runCLI(t, in, "analyze", "--format", f, "-")
		if code != exitOK || !strings.Contains(out, "reported") || !strings.Contains(out, "question") {
			t.Errorf("%s: exit %d, output %s", f, code, out)
		}
		if strings.Contains(out, "\x1b[") {
			t.Errorf("%s: colour codes when not writing to a terminal", f)
		}
	}
}

func TestEvalDev(t *testing.T) {
	gold := "../../../shared/corpus/dev/kazakhstan-rebellion.fr.gold.json"
	if _, err := os.Stat(gold); err != nil {
		t.Skip(err)
	}
	code, out, errs := runCLI(t, "", "eval", "--json", gold)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !json.Valid([]byte(out)) {
		t.Fatalf("eval --json printed invalid JSON: %.300s", out)
	}
	// The dev gold annotates no MISC entity: scored on the types it uses,
	// the entity layer is whole.
	code, out, errs = runCLI(t, "", "eval", "--entity-types", "PER,ORG,LOC", gold)
	if code != exitOK || !regexp.MustCompile(`(?m)^entities +1\.000 +1\.000 +1\.000`).MatchString(out) {
		t.Errorf("eval --entity-types: exit %d, %s\n%s", code, errs, out)
	}
}

func TestUserReputationList(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "mine.csv")
	os.WriteFile(list, []byte("# list: Desk list\n# citation: Our desk, 2026\ndomain,rating,labels\nexemple-quotidien.fr,check,regional\n"), 0o644)
	code, out, errs := runCLI(t, "", "analyze", "--format", "json", "--reputation", list, "../../examples/port-de-sete.fr.txt")
	if code != exitOK || !strings.Contains(out, `"Desk list"`) {
		t.Fatalf("exit %d, stderr %s, output %.300s", code, errs, out)
	}
	os.WriteFile(list, []byte("domain,rating\n\"unclosed,1\n"), 0o644)
	if code, _, errs := runCLI(t, "", "analyze", "--reputation", list, "-"); code == exitOK || !strings.Contains(errs, "mine.csv") {
		t.Errorf("a malformed list: exit %d, stderr %q", code, errs)
	}
}
