package main

import (
	"fmt"
	"net/smtp"
)

// gosub provides only some standard packages: a missing one stops the build at its import,
// as go build stops at a package it cannot find, with no errors for the code that uses it.
func main() {
	auth := smtp.PlainAuth("", "user", "password", "mail.example.com")
	fmt.Println(auth != nil)
}
