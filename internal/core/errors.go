package core

import "errors"

// ErrEmpty is returned for a text with nothing but white space.
var ErrEmpty = errors.New("analyze: empty text")
