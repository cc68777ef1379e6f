package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/loupe-news/loupe/internal/loupe"
)

// ErrNoText is returned when a page holds no article text.
var ErrNoText = errors.New("extract: no article text")

// ErrParse is returned when the HTML cannot be parsed at all.
var ErrParse = errors.New("extract: cannot parse HTML")

// Article is the main text of a web page and what the page says about it.
type Article struct {
	// Text is the main text, one block (paragraph, heading, list item,
	// table row) after another, separated by a blank line ("\n\n").
	Text string
	// Blocks are the blocks of Text, as code-point spans, in order.
	Blocks      []loupe.Block
	Title       string
	Author      string
	Date        string // ISO 8601 date (YYYY-MM-DD), "" when unknown
	Site        string // site name, else host name
	URL         string // canonical URL when the page gives one, else pageURL
	Lang        string // language the page declares (<html lang>, meta), "" if none
	Description string
}

// HTML extracts the main text and metadata of the page read from r. pageURL,
// which may be empty, is where the page came from; it resolves relative
// links and is the fallback for Article.URL. The input should be UTF-8.
func HTML(ctx context.Context, r io.Reader, pageURL string) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParse, err)
	}
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		// Fast date mode: metadata, markup and common date patterns; it
		// found "Publié le 14 mars 2023" as well as the extensive mode
		// (go-dateparser over the text), which cost 15-30% more per page
		// on the testdata pages.
		HtmlDateMode: trafilatura.Fast,
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	lang := declaredLang(doc)
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err == nil && utf8.RuneCountInString(res.ContentText) < trafilatura.DefaultConfig().MinExtractedSize {
		// Under this size go-trafilatura falls back to its "baseline", which
		// flattens paragraphs and, on a page with little text, returns the
		// whole page, menus included. Ask again without that rescue.
		opts.Focus = trafilatura.FavorPrecision
		res, err = trafilatura.ExtractDocument(doc, opts)
	}
	if err != nil {
		// go-trafilatura reports "not long enough" and the like as plain
		// errors; all of them mean there is no text to analyse.
		return nil, fmt.Errorf("%w: %w", ErrNoText, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text, blocks := render(res.ContentNode)
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoText
	}
	m := res.Metadata
	a := &Article{
		Text:        text,
		Blocks:      blocks,
		Title:       clean(m.Title),
		Author:      clean(m.Author),
		Site:        clean(m.Sitename),
		URL:         m.URL,
		Lang:        lang,
		Description: clean(m.Description),
	}
	if a.Site == "" {
		a.Site = m.Hostname
	}
	if a.URL == "" {
		a.URL = pageURL
	}
	if !m.Date.IsZero() {
		a.Date = m.Date.Format(time.DateOnly)
	}
	return a, nil
}

// declaredLang is the language the page declares for itself: the lang
// attribute of <html>, else a Content-Language meta element. It is not a
// guess from the text; that is the langid stage's work.
func declaredLang(doc *html.Node) string {
	var lang string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if v := attr(n, "lang"); v != "" {
					lang = v
					return true
				}
			case atom.Meta:
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
					lang = attr(n, "content")
					return true
				}
			case atom.Body:
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	lang, _, _ = strings.Cut(strings.TrimSpace(lang), ",")
	return strings.ToLower(strings.TrimSpace(lang))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// clean folds runs of white space to one space and trims the ends.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// renderer turns the extracted content tree into blocks of text.
type renderer struct {
	text   strings.Builder
	runes  int // code points written to text
	blocks []loupe.Block
	cur    strings.Builder // the block being built
	kind   string
	pre    int // depth inside <pre>
}

func render(n *html.Node) (string, []loupe.Block) {
	if n == nil {
		return "", nil
	}
	r := &renderer{kind: loupe.BlockParagraph}
	r.node(n)
	r.flush()
	return r.text.String(), r.blocks
}

// blockKind says whether an element starts a block of its own, and which.
func blockKind(a atom.Atom) (string, bool) {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return loupe.BlockHeading, true
	case atom.Li, atom.Dt, atom.Dd:
		return loupe.BlockListItem, true
	case atom.P, atom.Div, atom.Blockquote, atom.Pre, atom.Tr, atom.Section,
		atom.Article, atom.Figcaption, atom.Caption, atom.Ul, atom.Ol, atom.Dl,
		atom.Table, atom.Header, atom.Footer, atom.Aside, atom.Main, atom.Details,
		atom.Summary, atom.Address, atom.Hr, atom.Body, atom.Figure:
		return loupe.BlockParagraph, true
	}
	return "", false
}

func (r *renderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.write(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	a := n.DataAtom
	if a == 0 {
		// go-trafilatura builds some elements by name only.
		a = atom.Lookup([]byte(strings.ToLower(n.Data)))
	}
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
		return
	case atom.Br:
		r.cur.WriteString("\n")
		return
	case atom.Td, atom.Th:
		if r.cur.Len() > 0 && !strings.HasSuffix(r.cur.String(), "\t") {
			r.cur.WriteString("\t")
		}
	}
	kind, isBlock := blockKind(a)
	if isBlock {
		r.flush()
		r.kind = kind
	}
	if a == atom.Pre {
		r.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
	if a == atom.Pre {
		r.pre--
	}
	if isBlock {
		r.flush()
		r.kind = loupe.BlockParagraph
	}
}

// write appends text to the current block, folding white space outside <pre>.
func (r *renderer) write(s string) {
	if r.pre > 0 {
		r.cur.WriteString(s)
		return
	}
	for _, c := range s {
		if unicode.IsSpace(c) && c != '\u00a0' {
			c = ' '
			if cur := r.cur.String(); cur == "" || strings.HasSuffix(cur, " ") || strings.HasSuffix(cur, "\n") || strings.HasSuffix(cur, "\t") {
				continue
			}
		}
		r.cur.WriteRune(c)
	}
}

// flush ends the current block, if it holds any text.
func (r *renderer) flush() {
	s := r.cur.String()
	r.cur.Reset()
	if r.pre == 0 {
		s = strings.TrimSpace(s)
		// Trim the white space a <br> or a folded space left around line ends.
		// and drop empty lines, so that "\n\n" only ever separates blocks.
		var lines []string
		for l := range strings.SplitSeq(s, "\n") {
			if l = strings.Trim(l, " \t"); l != "" {
				lines = append(lines, l)
			}
		}
		s = strings.Join(lines, "\n")
	} else {
		s = strings.Trim(s, "\n")
	}
	if strings.TrimSpace(s) == "" {
		return
	}
	if r.text.Len() > 0 {
		r.text.WriteString("\n\n")
		r.runes += 2
	}
	n := utf8.RuneCountInString(s)
	r.blocks = append(r.blocks, loupe.Block{Span: loupe.Span{Start: r.runes, End: r.runes + n}, Kind: r.kind})
	r.text.WriteString(s)
	r.runes += n
}
