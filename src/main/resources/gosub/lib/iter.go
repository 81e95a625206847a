// Package iter, as gosub provides it: iterator types, and Pull written with a goroutine.
package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

// Pull turns a push iterator into next and stop functions. The iterator runs in its own
// goroutine, handing each value over an unbuffered channel.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	values := make(chan V)
	resume := make(chan bool)
	finished := false
	started := false
	run := func() {
		defer close(values)
		if !<-resume {
			return
		}
		seq(func(v V) bool {
			values <- v
			return <-resume
		})
	}
	next = func() (V, bool) {
		var zero V
		if finished {
			return zero, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		v, ok := <-values
		if !ok {
			finished = true
			return zero, false
		}
		return v, true
	}
	stop = func() {
		if finished {
			return
		}
		finished = true
		if started {
			resume <- false
			for range values {
			}
		}
	}
	return next, stop
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	type pair struct {
		k K
		v V
	}
	n, s := Pull(func(yield func(pair) bool) {
		seq(func(k K, v V) bool { return yield(pair{k, v}) })
	})
	next = func() (K, V, bool) {
		p, ok := n()
		return p.k, p.v, ok
	}
	return next, s
}
