package constraints

import "testing"

// TestPatternTranslation: ECMA/Java constructs the models use mean in RE2
// what they mean in the models.
func TestPatternTranslation(t *testing.T) {
	for _, c := range []struct {
		pattern     string
		match, fail []string
		partial     bool
	}{
		{`^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`, []string{"awsparity-0a1b2c3d", "a"}, []string{"-a", "a-", ""}, false},
		// \u escapes and a UTF-16 surrogate pair range (every code point above the BMP).
		{`^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*$`, []string{"héllo wörld", "😀", "a\tb"}, []string{"a\x01", "a\nb"}, false},
		// Lookaheads at the start, each its own assertion.
		{`^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$`, []string{"ab-cd", "rcf-x"}, []string{"rcfg-x", "-ab", "ab-", "a--b"}, false},
		{`^(?=.*[a-z])[a-z0-9]+$`, []string{"a1"}, []string{"11"}, false},
		// A lookbehind at the end.
		{`^(?! )[\p{L}\p{N}\p{Z}-_]*(?<! )$`, []string{"ab c"}, []string{" ab", "ab "}, false},
		// Java POSIX classes, in and out of a class.
		{`^\p{Alpha}[\p{Alnum}_]*$`, []string{"a1_b"}, []string{"1a", "a-b"}, false},
		// RE2 counts stop at 1000: a larger maximum is left open.
		{`^[a-z]{1,2048}$`, []string{"abc"}, []string{"ab1", ""}, false},
		// Possessive quantifiers, escaped letters Java allows, \Z.
		{`^a*+b\_c\Z`, []string{"aab_c"}, []string{"ab-c"}, false},
		// A literal [ inside a class.
		{`^[[a]+$`, []string{"[a["}, []string{"b"}, false},
		// Unanchored, a pattern must still match the whole value, as AWS
		// validates it (Kinesis' stream name)...
		{`[a-zA-Z0-9_.-]+`, []string{"awsparity-1.x"}, []string{"awsparity !", " a"}, false},
		{`arn:aws:[a-z]+|none`, []string{"arn:aws:sqs", "none"}, []string{"arn:aws:sqs:x", "nones"}, false},
		// ...unless it matches one character at most: a "contains" check
		// (Route 53's CallerReference).
		{`[[:ascii:]]`, []string{"ref-1", "ü1"}, []string{"üö", ""}, false},
		{`\S`, []string{" a "}, []string{"  "}, false},
		// A lookaround inside the pattern is left out; the rest still holds.
		{`^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`, []string{"ab-c"}, []string{"-abc", "AB"}, true},
	} {
		p, err := Compile(c.pattern)
		if err != nil {
			t.Errorf("%s: %v", c.pattern, err)
			continue
		}
		if p.Partial != c.partial {
			t.Errorf("%s: Partial = %v, want %v", c.pattern, p.Partial, c.partial)
		}
		for _, s := range c.match {
			if !p.MatchString(s) {
				t.Errorf("%s does not match %q", c.pattern, s)
			}
		}
		for _, s := range c.fail {
			if p.MatchString(s) {
				t.Errorf("%s matches %q", c.pattern, s)
			}
		}
	}
}

func TestPatternErrors(t *testing.T) {
	for _, p := range []string{`^(?!abc`, `^a{1001,}$`, `^[a-`} {
		if _, err := Compile(p); err == nil {
			t.Errorf("Compile(%q) succeeded, want an error", p)
		}
	}
}
