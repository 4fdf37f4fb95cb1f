package golang

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
)

// chain is a model whose input holds a list of a list of … (depth lists)
// of strings, or of maps when kind is KindMap.
func chain(kind ir.Kind, depth int) *model {
	b := newModel("Deep")
	elem := b.prelude(ir.KindString)
	for i := depth; i > 0; i-- {
		name := fmt.Sprintf("L%d", i)
		if kind == ir.KindMap {
			elem = b.mapOf(name, elem, false)
		} else {
			elem = b.list(name, elem, false)
		}
	}
	in := b.shape("In", ir.KindStructure)
	member(in, "L", elem)
	b.op("Op", in, nil)
	return b
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestPredictLinearInChainDepth: typing a chain of nested lists or maps
// allocated four times as much when the chain doubled (each list rebuilt
// its element's whole type: 2.4 GiB for 10,000 lists). Now doubling the
// chain about doubles the allocation.
func TestPredictLinearInChainDepth(t *testing.T) {
	for _, kind := range []ir.Kind{ir.KindList, ir.KindMap} {
		const n = 20000
		small, large := chain(kind, n), chain(kind, 2*n)
		small.svc.Index()
		large.svc.Index()
		var errSmall, errLarge error
		a := allocated(func() { errSmall = Predict(small.svc) })
		b := allocated(func() { errLarge = Predict(large.svc) })
		if errSmall != nil || errLarge != nil {
			t.Fatal(errSmall, errLarge)
		}
		if ratio := float64(b) / float64(a); ratio > 3 {
			t.Errorf("%s chain: %d deep allocated %d bytes, %d deep %d bytes (×%.1f): not linear", kind, n, a, 2*n, b, ratio)
		}
		in := large.svc.Operations[0].Input
		if got := in.Members[0].Go.Type.String(); got != strings.Repeat(map[ir.Kind]string{ir.KindList: "[]", ir.KindMap: "map[string]"}[kind], 2*n)+"string" {
			t.Errorf("%s chain: member type %.40s… is wrong", kind, got)
		}
	}
}

// TestPredictCollectionCycle: lists and maps that contain themselves with
// no structure between have no Go type; that is an error naming the
// shapes, not an endless recursion.
func TestPredictCollectionCycle(t *testing.T) {
	b := newModel("Cycle")
	a := b.list("A", nil, false)
	m := b.mapOf("M", a, false)
	a.Member.Target = m
	in := b.shape("In", ir.KindStructure)
	member(in, "A", a)
	b.op("Op", in, nil)
	b.svc.Index()
	err := Predict(b.svc)
	var e *ir.Error
	if !errors.As(err, &e) || e.File != "test.json" || !strings.Contains(e.Msg, "com.example#A → com.example#M → com.example#A") {
		t.Errorf("Predict = %v, want an *ir.Error naming the cycle A → M → A", err)
	}
}

// BenchmarkPredictListChain shows typing time and memory growing linearly
// with the depth of a chain of nested lists.
func BenchmarkPredictListChain(b *testing.B) {
	for _, depth := range []int{10000, 20000, 40000} {
		b.Run(fmt.Sprint(depth), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				m := chain(ir.KindList, depth)
				m.svc.Index()
				b.StartTimer()
				if err := Predict(m.svc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
