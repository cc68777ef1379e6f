package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Robots is what one robots.txt (RFC 9309) says to one user agent.
type Robots struct {
	rules []rule
	all   bool  // allow everything (no robots.txt, or a 4xx)
	none  bool  // disallow everything (robots.txt unreachable, 5xx)
	err   error // the host is refused (a private address): every page fails with it
	Delay time.Duration
}

type rule struct {
	allow   bool
	pattern string
}

// ParseRobots reads a robots.txt for the user agent whose product token is
// agent ("loupe"): the groups naming it, else the "*" groups.
func ParseRobots(b []byte, agent string) *Robots {
	agent = strings.ToLower(agent)
	var mine, star Robots
	var haveMine bool
	var cur []string // agents of the group being read
	inRules := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), 1<<16)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if inRules {
				cur, inRules = nil, false
			}
			cur = append(cur, strings.ToLower(val))
			continue
		case "allow", "disallow", "crawl-delay":
		default:
			continue
		}
		inRules = true
		for _, a := range cur {
			var dst *Robots
			switch {
			case a == "*":
				dst = &star
			case a != "" && strings.Contains(agent, a):
				dst, haveMine = &mine, true
			default:
				continue
			}
			switch key {
			case "crawl-delay":
				if s, err := strconv.ParseFloat(val, 64); err == nil && s > 0 && s <= 60 {
					dst.Delay = time.Duration(s * float64(time.Second))
				}
			default:
				if val == "" {
					continue // "Disallow:" allows everything
				}
				dst.rules = append(dst.rules, rule{allow: key == "allow", pattern: val})
			}
		}
	}
	if haveMine {
		return &mine
	}
	return &star
}

// Allowed says whether the path (with its query) may be fetched: the
// longest matching rule wins, Allow on a tie; no match allows.
func (r *Robots) Allowed(path string) bool {
	switch {
	case r.none:
		return false
	case r.all:
		return true
	}
	if path == "" {
		path = "/"
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if match(ru.pattern, path) {
			if n := len(ru.pattern); n > best || n == best && ru.allow {
				best, allow = n, ru.allow
			}
		}
	}
	return allow
}

// match matches a robots.txt pattern ('*' any run, '$' at the end anchors)
// against the start of path.
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return len(path)-len(p) >= pos && strings.HasSuffix(path, p)
		}
		j := strings.Index(path[pos:], p)
		if j < 0 {
			return false
		}
		pos += j + len(p)
	}
	return !anchored || pos == len(path)
}

// robotsCache holds each host's robots.txt, fetched once.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	once sync.Once
	r    *Robots
}

// Allowed says whether robots.txt lets Loupe fetch rawURL. robots.txt is
// fetched once per scheme and host (through the same checks and rate as
// any fetch): a 4xx answer allows everything, a 5xx or an unreachable host
// disallows everything (RFC 9309, 2.3.1).
func (c *Client) Allowed(ctx context.Context, rawURL string) (bool, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false, err
	}
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	c.robots.mu.Lock()
	if c.robots.hosts == nil {
		c.robots.hosts = map[string]*robotsEntry{}
	}
	e := c.robots.hosts[key]
	if e == nil {
		e = &robotsEntry{}
		c.robots.hosts[key] = e
	}
	c.robots.mu.Unlock()
	e.once.Do(func() {
		e.r = c.fetchRobots(ctx, key+"/robots.txt")
		if e.r.Delay > 0 {
			c.rate.setDelay(u.Hostname(), e.r.Delay)
		}
	})
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if e.r.err != nil {
		return false, e.r.err // the host itself is refused: say so, not "disallowed"
	}
	return e.r.Allowed(u.EscapedPath() + queryOf(u)), nil
}

func queryOf(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

func (c *Client) fetchRobots(ctx context.Context, robotsURL string) *Robots {
	resp, err := c.Get(ctx, robotsURL)
	var se *StatusError
	switch {
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500:
		return &Robots{all: true}
	case errors.Is(err, ErrBlocked), errors.Is(err, ErrScheme):
		return &Robots{none: true, err: err}
	case err != nil:
		return &Robots{none: true}
	}
	agent, _, _ := strings.Cut(strings.TrimPrefix(c.opt.UserAgent, ""), "/")
	return ParseRobots(resp.Body, agent)
}
