// Runs with --fake-time (the playground's clock, 2009-11-10 23:00:00 UTC): the header is derived from log's documented format.
package main

import (
	"errors"
	"log"
	"os"
	"time"
)

func main() {
	log.SetOutput(os.Stdout)
	log.Println("started")
	time.Sleep(90 * time.Minute)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	log.Printf("after %v", 90*time.Minute)
	l := log.New(os.Stdout, "worker: ", log.Ldate)
	l.Print("date only")
	log.SetOutput(os.Stderr)
	log.SetFlags(log.LstdFlags)
	log.Fatal(errors.New("cannot continue"))
}
