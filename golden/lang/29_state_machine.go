package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return names[s] }

type Event string

func next(s State, e Event) (State, error) {
	switch s {
	case Idle:
		if e == "start" {
			return Running, nil
		}
	case Running:
		switch e {
		case "pause":
			return Paused, nil
		case "stop":
			return Stopped, nil
		}
	case Paused:
		switch e {
		case "resume":
			return Running, nil
		case "stop":
			return Stopped, nil
		}
	}
	return s, fmt.Errorf("invalid event %q in state %v", e, s)
}

func main() {
	s := Idle
	for _, e := range []Event{"pause", "start", "pause", "resume", "stop", "start"} {
		ns, err := next(s, e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v --%s--> %v\n", s, e, ns)
		s = ns
	}
}
