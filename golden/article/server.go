package main

import (
	"fmt"
	"net/http"
	"time"
)

func main() {
	// Background task runs while the server is up.
	go func() {
		for {
			time.Sleep(5 * time.Second)
			fmt.Println("Heartbeat")
		}
	}()

	// ListenAndServe blocks main forever.
	// The background goroutine stays alive.
	http.ListenAndServe(":8080", nil)
}
