package synth

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// Values matching a pattern come from a small generator over the parsed
// pattern rather than a regex-generation library: the ones on the Go module
// proxy (lucasjones/reggen, zach-klippenstein/goregen) are unmaintained,
// random, and know nothing of the length bounds that come with a pattern.
// This one is deterministic, prefers readable characters and grows
// repetitions until the value is long enough.

// style varies the choices, so that a pattern whose first choices do not
// fit (a length bound, a lookaround) gets other candidates.
type style struct {
	// prefer is tried in order for a character class.
	prefer string
	// lastAlt takes an alternation's last branch instead of its first.
	lastAlt bool
}

var styles = []style{
	{prefer: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_. "},
	{prefer: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_. "},
	{prefer: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_. "},
	{prefer: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_. ", lastAlt: true},
}

// maxGenerated bounds a generated value, whatever the pattern's repeats
// and minimum length (IAM's SAML metadata document needs 1000).
const maxGenerated = 4096

type regexGen struct {
	style
	// grow is how many more characters repetitions may add.
	grow int
	b    strings.Builder
}

// generate returns a string matching re (lookarounds aside) with at least
// minLen characters where the pattern's repetitions allow.
func generate(re *syntax.Regexp, st style, minLen int) string {
	g := &regexGen{style: st}
	g.walk(re)
	short := minLen - utf8.RuneCountInString(g.b.String())
	if short <= 0 {
		return g.b.String()
	}
	g = &regexGen{style: st, grow: short}
	g.walk(re)
	return g.b.String()
}

func (g *regexGen) walk(re *syntax.Regexp) {
	if g.b.Len() > maxGenerated {
		return
	}
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			g.b.WriteRune(r)
		}
	case syntax.OpCharClass:
		g.b.WriteRune(g.pick(re.Rune))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		g.b.WriteRune(rune(g.prefer[0]))
	case syntax.OpCapture:
		g.walk(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			g.walk(s)
		}
	case syntax.OpAlternate:
		if g.lastAlt {
			g.walk(re.Sub[len(re.Sub)-1])
		} else {
			g.walk(re.Sub[0])
		}
	case syntax.OpStar:
		g.repeat(re.Sub[0], 0, -1)
	case syntax.OpPlus:
		g.repeat(re.Sub[0], 1, -1)
	case syntax.OpQuest:
		g.repeat(re.Sub[0], 0, 1)
	case syntax.OpRepeat:
		g.repeat(re.Sub[0], re.Min, re.Max)
	}
}

// repeat writes min copies of sub, then more while the value is short
// and max (-1: none) allows.
func (g *regexGen) repeat(sub *syntax.Regexp, min, max int) {
	n := 0
	for ; n < min; n++ {
		g.walk(sub)
	}
	for ; g.grow > 0 && (max < 0 || n < max) && g.b.Len() <= maxGenerated; n++ {
		before := utf8.RuneCountInString(g.b.String())
		g.walk(sub)
		added := utf8.RuneCountInString(g.b.String()) - before
		if added == 0 {
			return
		}
		g.grow -= added
	}
}

// pick returns the first preferred rune in the class (pairs of ranges),
// else the first printable one.
func (g *regexGen) pick(ranges []rune) rune {
	for _, r := range g.prefer {
		for i := 0; i+1 < len(ranges); i += 2 {
			if ranges[i] <= r && r <= ranges[i+1] {
				return r
			}
		}
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1] && r-ranges[i] < 256; r++ {
			if r >= ' ' && r != 0x7f && !(0xd800 <= r && r <= 0xdfff) {
				return r
			}
		}
	}
	if len(ranges) == 0 {
		return 'a'
	}
	return ranges[0]
}
