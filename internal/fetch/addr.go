package fetch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// blockedPrefixes are the ranges refused besides those netip.Addr's
// predicates name (loopback, private, link-local, multicast, unspecified).
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT (RFC 6598); Alibaba's metadata 100.100.100.200
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("100::/64"),        // discard-only
}

// Cloud metadata addresses, refused by name so that the reason is plain;
// each also lies in a range above.
var metadataAddrs = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true, // AWS, GCP, Azure, OpenStack …
	netip.MustParseAddr("fd00:ec2::254"):   true, // AWS over IPv6
	netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
}

// why says why ip may not be reached, or "" when it may.
func why(ip netip.Addr) string {
	ip = ip.Unmap()
	if ip.Is6() {
		// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address.
		b := ip.As16()
		switch {
		case netip.MustParsePrefix("64:ff9b::/96").Contains(ip):
			if r := why(netip.AddrFrom4([4]byte(b[12:16]))); r != "" {
				return r + " (in NAT64)"
			}
		case netip.MustParsePrefix("2002::/16").Contains(ip):
			if r := why(netip.AddrFrom4([4]byte(b[2:6]))); r != "" {
				return r + " (in 6to4)"
			}
		case netip.MustParsePrefix("::/96").Contains(ip):
			return "IPv4-compatible (deprecated)" // ::127.0.0.1 reaches loopback on some stacks
		case netip.MustParsePrefix("fec0::/10").Contains(ip):
			return "site-local (deprecated)"
		}
	}
	switch {
	case metadataAddrs[ip]:
		return "cloud metadata"
	case !ip.IsValid():
		return "invalid"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast():
		return "link-local"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return "reserved"
		}
	}
	return ""
}

// BlockedError is a refusal to connect to an address.
type BlockedError struct {
	Host   string // as named in the URL
	Addr   netip.Addr
	Reason string // "loopback", "private", "cloud metadata", …
}

func (e *BlockedError) Error() string {
	if e.Host != "" && e.Host != e.Addr.String() {
		return fmt.Sprintf("fetch: %s resolves to %s, a %s address (refused; --allow-private allows it)", e.Host, e.Addr, e.Reason)
	}
	return fmt.Sprintf("fetch: %s is a %s address (refused; --allow-private allows it)", e.Addr, e.Reason)
}

func (e *BlockedError) Is(target error) bool { return target == ErrBlocked }

// check says whether ip may be connected to under the client's options.
func (c *Client) check(host string, ip netip.Addr) error {
	if c.opt.AllowPrivate {
		return nil
	}
	ip = ip.Unmap()
	for _, p := range c.opt.Allow {
		if p.Contains(ip) {
			return nil
		}
	}
	if r := why(ip); r != "" {
		return &BlockedError{Host: host, Addr: ip, Reason: r}
	}
	return nil
}

// dial connects to addr ("host:port"). The host is resolved here, every
// address it resolves to is checked, and the connection is made to a
// checked address, never to a name, so that a second answer of the
// resolver (DNS rebinding) cannot slip past. The dialer's Control hook
// checks again the address of each socket before it connects.
func (c *Client) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	port, err := net.LookupPort(network, portStr)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		ips, err = c.opt.Resolver.LookupNetIP(ctx, "ip", host)
		if err != nil {
			return nil, err
		}
		if len(ips) == 0 {
			return nil, fmt.Errorf("fetch: %s: no address", host)
		}
	}
	for _, ip := range ips {
		if err := c.check(host, ip); err != nil {
			return nil, err // one bad address is enough: refuse the name
		}
	}
	d := &net.Dialer{Timeout: 10 * time.Second, Control: c.control}
	var first error
	for _, ip := range ips {
		conn, err := d.DialContext(ctx, network, netip.AddrPortFrom(ip.Unmap(), uint16(port)).String())
		if err == nil {
			return conn, nil
		}
		if first == nil {
			first = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, first
}

// control is the dialer's last check, on the socket's own address.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("fetch: cannot check address %q: %w", address, err)
	}
	return c.check("", ap.Addr())
}
