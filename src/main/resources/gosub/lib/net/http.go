// Package net/http, as gosub provides it: enough to register handlers and to block in
// ListenAndServe. No network is used: a learner's server simply keeps the program alive.
package http

import (
	"errors"
	"io"
)

type Header map[string][]string

func (h Header) Set(key, value string) { h[key] = []string{value} }

func (h Header) Add(key, value string) { h[key] = append(h[key], value) }

func (h Header) Get(key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

type Request struct {
	Method string
	Path   string
	Header Header
	Body   io.Reader
}

type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

type HandlerFunc func(ResponseWriter, *Request)

func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) { f(w, r) }

type ServeMux struct {
	handlers map[string]Handler
}

func NewServeMux() *ServeMux { return &ServeMux{handlers: map[string]Handler{}} }

func (mux *ServeMux) Handle(pattern string, handler Handler) {
	if mux.handlers == nil {
		mux.handlers = map[string]Handler{}
	}
	if _, dup := mux.handlers[pattern]; dup {
		panic("http: multiple registrations for " + pattern)
	}
	mux.handlers[pattern] = handler
}

func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	mux.Handle(pattern, HandlerFunc(handler))
}

func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if h, ok := mux.handlers[r.Path]; ok {
		h.ServeHTTP(w, r)
		return
	}
	w.WriteHeader(StatusNotFound)
}

var DefaultServeMux = NewServeMux()

func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}

type Server struct {
	Addr    string
	Handler Handler
}

var ErrServerClosed = errors.New("http: Server closed")

// serveForever blocks the calling goroutine as a server waiting for connections does.
func serveForever(addr string)

func ListenAndServe(addr string, handler Handler) error {
	serveForever(addr)
	return nil
}

func (s *Server) ListenAndServe() error {
	serveForever(s.Addr)
	return nil
}

const (
	StatusOK                  = 200
	StatusCreated             = 201
	StatusNoContent           = 204
	StatusBadRequest          = 400
	StatusUnauthorized        = 401
	StatusForbidden           = 403
	StatusNotFound            = 404
	StatusMethodNotAllowed    = 405
	StatusInternalServerError = 500
)

const (
	MethodGet    = "GET"
	MethodPost   = "POST"
	MethodPut    = "PUT"
	MethodDelete = "DELETE"
)
