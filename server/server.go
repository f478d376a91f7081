// Package server is translint's HTTP front end: the editors' page, a JSON
// API with the shape of `translint check --format json`, and the check and
// languages endpoints of LanguageTool's HTTP API, so that LanguageTool
// clients can point at translint.
//
// It is a front end like the command line, not part of the lint contract:
// it lints through a Checker the caller builds (the command line hands it
// the same configured pipeline `translint check` runs) and never opens a
// file on behalf of a request.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/translint/translint/lint/format"
)

// Request is one article to lint.
type Request struct {
	// Text is the article's bytes.
	Text []byte
	// Path is shown in findings and picks the format by its extension; it is
	// never opened.
	Path string
	// Format, when set ("text", "markdown", "html"), overrides the path's.
	Format string
	// Lang is the target language ("" leaves it to the configuration).
	Lang string
	// Enable and Disable select rules as the flags of `translint check` do.
	Enable, Disable []string
}

// Checker lints one request the way `translint check` lints a file. An
// error wrapped by BadRequest is the client's fault (an unknown rule or
// language); the report's results carry read and parse errors.
type Checker func(Request) (*format.Report, error)

// badRequest marks an error as the client's.
type badRequest struct{ err error }

func (e badRequest) Error() string { return e.err.Error() }
func (e badRequest) Unwrap() error { return e.err }

// BadRequest marks err as caused by the request: the server answers 400.
func BadRequest(err error) error { return badRequest{err} }

// Defaults of Options.
const (
	// DefaultMaxBody is the largest request body accepted (413 past it).
	DefaultMaxBody = 2 << 20
	// DefaultQueue is how many checks may wait for a worker before the
	// server answers 503.
	DefaultQueue = 64
	// RetryAfter is the Retry-After of a 503, in seconds.
	RetryAfter = 1
)

// Options configure a server.
type Options struct {
	Check   Checker
	Version string
	// MaxBody is the request body limit in bytes; DefaultMaxBody when 0.
	MaxBody int64
	// Workers is how many checks run at once; GOMAXPROCS when 0.
	Workers int
	// Queue is how many checks may wait for a worker; DefaultQueue when 0,
	// none when negative.
	Queue int
	// AllowOrigins are the origins allowed to call the API from a browser
	// (CORS); "*" allows any. None by default.
	AllowOrigins []string
	// Log receives one line per request; nil logs nothing.
	Log *log.Logger
}

// Server answers the HTTP API.
type Server struct {
	o       Options
	mux     *http.ServeMux
	slots   chan struct{} // admitted checks: running or waiting
	workers chan struct{} // running checks
	page    []byte
	served  atomic.Int64
}

// New returns a server; it is an http.Handler.
func New(o Options) *Server {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	switch {
	case o.Queue == 0:
		o.Queue = DefaultQueue
	case o.Queue < 0:
		o.Queue = 0
	}
	s := &Server{
		o:       o,
		mux:     http.NewServeMux(),
		slots:   make(chan struct{}, o.Workers+o.Queue),
		workers: make(chan struct{}, o.Workers),
		page:    format.EditorPage(o.Version),
	}
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("POST /v1/check", s.checkV1)
	s.mux.HandleFunc("GET /v2/check", s.checkV2)
	s.mux.HandleFunc("POST /v2/check", s.checkV2)
	s.mux.HandleFunc("GET /v2/languages", s.languages)
	return s
}

// ServeHTTP implements http.Handler: access log, panic recovery, CORS,
// body limit, then the routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rw := &recorder{ResponseWriter: w}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			if s.o.Log != nil {
				s.o.Log.Printf("panic serving %s %s: %v\n%s", r.Method, r.URL.Path, p, debug.Stack())
			}
			if rw.status == 0 {
				httpError(rw, http.StatusInternalServerError, "internal error")
			}
		}
		s.served.Add(1)
		if s.o.Log != nil {
			// The path only: a query may hold an article's text.
			s.o.Log.Printf("%s %s %s %d %d %s", remoteHost(r), r.Method, r.URL.Path, rw.code(), rw.n, time.Since(start).Round(time.Microsecond))
		}
	}()
	if !s.cors(rw, r) {
		return
	}
	r.Body = http.MaxBytesReader(rw, r.Body, s.o.MaxBody)
	s.mux.ServeHTTP(rw, r)
}

// Served is the number of requests answered so far.
func (s *Server) Served() int64 { return s.served.Load() }

// cors sets the CORS headers for an allowed origin and answers preflights;
// it reports whether the request goes on.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	allowed := origin != "" && (slices.Contains(s.o.AllowOrigins, "*") || slices.Contains(s.o.AllowOrigins, origin))
	if allowed {
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Add("Vary", "Origin")
	}
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		return true
	}
	if !allowed {
		httpError(w, http.StatusForbidden, "cross-origin requests are not allowed (see --allow-origin)")
		return false
	}
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	w.Header().Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return false
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// The page loads nothing from elsewhere and talks only to this server.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	w.Write(s.page)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok\n")
}

// errBusy answers 503 when every worker and queue place is taken.
var errBusy = errors.New("busy")

// run lints req within the concurrency cap: errBusy when the queue is full,
// the context's error when the client went away while waiting.
func (s *Server) run(ctx context.Context, req Request) (*format.Report, error) {
	select {
	case s.slots <- struct{}{}:
	default:
		return nil, errBusy
	}
	defer func() { <-s.slots }()
	select {
	case s.workers <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-s.workers }()
	return s.o.Check(req)
}

// checkFailed answers the errors of run and of the report: it reports
// whether it wrote a response.
func checkFailed(w http.ResponseWriter, err error) bool {
	var bad badRequest
	switch {
	case err == nil:
		return false
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfter))
		httpError(w, http.StatusServiceUnavailable, "too many checks at once; retry later")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		httpError(w, http.StatusServiceUnavailable, "the request ended before a worker was free")
	case errors.As(err, &bad):
		httpError(w, http.StatusBadRequest, bad.Error())
	default:
		httpError(w, http.StatusInternalServerError, "internal error")
	}
	return true
}

// bodyError answers a body that could not be read: 413 past the limit.
func bodyError(w http.ResponseWriter, err error) {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mb.Limit))
		return
	}
	httpError(w, http.StatusBadRequest, "cannot read the request: "+err.Error())
}

func httpError(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprintln(w, "Error: "+msg)
}

// recorder remembers the status and size of a response for the log.
type recorder struct {
	http.ResponseWriter
	status int
	n      int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.n += int64(n)
	return n, err
}

func (r *recorder) code() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func remoteHost(r *http.Request) string {
	if h, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return h
	}
	return r.RemoteAddr
}

// Timeouts of the HTTP server.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 20 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 120 * time.Second
	// ShutdownTimeout is how long requests in flight may finish on shutdown.
	ShutdownTimeout = 10 * time.Second
)

// HTTPServer wraps h with the server's timeouts.
func HTTPServer(h http.Handler, errLog *log.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          errLog,
	}
}

// Serve answers on ln until ctx is done, then shuts down gracefully: the
// listener closes at once and requests in flight get ShutdownTimeout to
// finish.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// trimList splits comma-separated values and drops empty items.
func trimList(vals ...string) []string {
	var out []string
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}
