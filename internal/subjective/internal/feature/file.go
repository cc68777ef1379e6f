package feature

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// ErrFormat reports a model file that cannot be read.
var ErrFormat = errors.New("subjective: bad model file")

const magic = "loupe-subjective/1\n"

// Table is one trained weight vector: a bias and one weight per bucket.
type Table struct {
	Bias float64
	W    []float64 // len 1<<Bits
}

// ModelLang ties a language to its pronoun lists and its weight table.
type ModelLang struct {
	Lang
	Table int
}

// File is the content of the model file.
type File struct {
	Langs  []ModelLang
	Tables []Table
}

// Write encodes f: flate-compressed, weights quantised to int16 per table.
func (f *File) Write(w io.Writer) error {
	var raw bytes.Buffer
	raw.WriteString(magic)
	put := func(v any) { binary.Write(&raw, binary.LittleEndian, v) }
	putString := func(s string) {
		put(uint16(len(s)))
		raw.WriteString(s)
	}
	putSet := func(m map[string]bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		put(uint16(len(keys)))
		for _, k := range keys {
			putString(k)
		}
	}
	put(uint32(Bits))
	put(uint32(len(f.Tables)))
	for _, t := range f.Tables {
		if len(t.W) != 1<<Bits {
			return fmt.Errorf("%w: table of %d weights", ErrFormat, len(t.W))
		}
		maxAbs := 0.0
		for _, x := range t.W {
			maxAbs = max(maxAbs, math.Abs(x))
		}
		scale := maxAbs / 32767
		if scale == 0 {
			scale = 1
		}
		put(t.Bias)
		put(scale)
		q := make([]int16, len(t.W))
		for i, x := range t.W {
			q[i] = int16(math.Round(x / scale))
		}
		put(q)
	}
	put(uint32(len(f.Langs)))
	for _, l := range f.Langs {
		putString(l.Code)
		put(uint32(l.Table))
		putSet(l.First)
		putSet(l.Second)
	}
	zw, err := flate.NewWriter(w, flate.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// Read decodes a model file written by Write.
func Read(r io.Reader) (*File, error) {
	br := bufio.NewReader(flate.NewReader(r))
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: no header", ErrFormat)
	}
	var err error
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, binary.LittleEndian, v)
		}
	}
	getString := func() string {
		var n uint16
		get(&n)
		if err != nil {
			return ""
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b)
	}
	getSet := func() map[string]bool {
		var n uint16
		get(&n)
		m := make(map[string]bool, n)
		for range n {
			m[getString()] = true
		}
		return m
	}
	var bits, nTables uint32
	get(&bits)
	get(&nTables)
	if err != nil || bits != Bits || nTables > 64 {
		return nil, fmt.Errorf("%w: %d bits, %d tables", ErrFormat, bits, nTables)
	}
	f := &File{}
	q := make([]int16, 1<<Bits)
	for range nTables {
		var t Table
		var scale float64
		get(&t.Bias)
		get(&scale)
		get(q)
		t.W = make([]float64, len(q))
		for i, x := range q {
			t.W[i] = float64(x) * scale
		}
		f.Tables = append(f.Tables, t)
	}
	var nLangs uint32
	get(&nLangs)
	if err != nil || nLangs > 1000 {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	for range nLangs {
		var l ModelLang
		var table uint32
		l.Code = getString()
		get(&table)
		l.First = getSet()
		l.Second = getSet()
		if err == nil && int(table) >= len(f.Tables) {
			err = fmt.Errorf("table %d of %d", table, len(f.Tables))
		}
		l.Table = int(table)
		f.Langs = append(f.Langs, l)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return f, nil
}
