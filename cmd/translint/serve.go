package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/config"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/server"
)

type serveFlags struct {
	addr         string
	config       string
	lang         string
	maxBody      int64
	workers      int
	queue        int
	allowOrigins []string
	quiet        bool
}

func newServeCmd() *cobra.Command {
	var f serveFlags
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the editors' page and an HTTP API (LanguageTool-compatible)",
		Long: `Start one long-lived server with the rules and models loaded once:

  GET  /              a page to paste or drop an article and review its findings
  POST /v1/check      JSON {"text", "format", "lang", "path", "enable", "disable"};
                      answers the JSON of 'translint check --format json'
  POST /v2/check      LanguageTool's check (form fields text or data, language)
  GET  /v2/languages  LanguageTool's list of languages
  GET  /healthz       "ok"

The configuration is the CLI's: --config, or the nearest .translint.yaml of
the working folder, read once at start. The API never reads files. The server
binds loopback unless --addr names another address, limits request bodies
(413), runs --workers checks at once with --queue more waiting (503 and
Retry-After past that), sends no CORS headers unless --allow-origin names
origins, logs one line per request to standard error, and shuts down
gracefully on SIGINT or SIGTERM.`,
		Example: `  translint serve
  translint serve --addr 127.0.0.1:8081 --allow-origin https://cms.example.org
  curl -d language=en-US --data-urlencode text@article.txt http://127.0.0.1:7878/v2/check`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runServe(c, &f) },
	}
	fl := c.Flags()
	fl.StringVar(&f.addr, "addr", "127.0.0.1:7878", "`HOST:PORT` to listen on (port 0 picks a free one)")
	fl.StringVarP(&f.config, "config", "c", "", "use this configuration `FILE` instead of the nearest .translint.yaml")
	fl.StringVar(&f.lang, "lang", "en", "target language when a request names none (a document's own lang wins)")
	fl.Int64Var(&f.maxBody, "max-body", server.DefaultMaxBody, "largest request body in `BYTES` (413 past it)")
	fl.IntVar(&f.workers, "workers", 0, "checks run at once (0: one per CPU)")
	fl.IntVar(&f.queue, "queue", server.DefaultQueue, "checks that may wait for a worker before the server answers 503")
	fl.StringSliceVar(&f.allowOrigins, "allow-origin", nil, "allow browser pages of these `ORIGINS` to call the API (CORS; '*' for any)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no access log")
	return c
}

func runServe(c *cobra.Command, f *serveFlags) error {
	if langid.Normalize(f.lang) == "" {
		return usageError(fmt.Errorf("--lang: unknown language %q (use an ISO 639-1 code such as en)", f.lang))
	}
	if f.maxBody <= 0 || f.workers < 0 {
		return usageError(fmt.Errorf("--max-body must be positive and --workers 0 or more"))
	}
	eng, err := newServeEngine(f.config, f.lang, c.Flags().Changed("lang"))
	if err != nil {
		return err
	}
	stderr := c.ErrOrStderr()
	var accessLog *log.Logger
	if !f.quiet {
		accessLog = log.New(stderr, "", log.LstdFlags|log.LUTC)
	}
	queue := f.queue
	if queue == 0 {
		queue = -1 // no waiting
	}
	h := server.New(server.Options{Check: eng.check, Version: toolVersion(), MaxBody: f.maxBody,
		Workers: f.workers, Queue: queue, AllowOrigins: f.allowOrigins, Log: accessLog})
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return &codeError{exitError, fmt.Errorf("--addr: %v", err)}
	}
	eng.warmUp()
	fmt.Fprintf(stderr, "translint %s serving on http://%s/ (Ctrl+C stops)\n", toolVersion(), ln.Addr())
	if a, ok := ln.Addr().(*net.TCPAddr); ok && !a.IP.IsLoopback() {
		where := a.IP.String() + " is not a loopback address"
		if a.IP.IsUnspecified() {
			where = "listening on every interface"
		}
		fmt.Fprintf(stderr, "translint serve: warning: %s: anyone who reaches this machine can use the API\n", where)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := server.HTTPServer(h, log.New(stderr, "translint serve: ", 0))
	if err := server.Serve(ctx, srv, ln); err != nil && !errors.Is(err, context.Canceled) {
		return &codeError{exitError, err}
	}
	fmt.Fprintf(stderr, "translint serve: stopped after %d requests\n", h.Served())
	return nil
}

// serveEngine lints the server's requests with the pipeline of `translint
// check`: the configuration read once at start, each request's linter built
// by configuredLinter (cached), one job through engine.RunJobs.
type serveEngine struct {
	cfg        *config.Config
	lang       string
	langSet    bool
	documented map[string]bool

	mu      sync.Mutex
	linters map[string]*servedLinter
}

type servedLinter struct {
	l   *engine.Linter
	sev map[string]lint.Severity
}

// maxLinters bounds the cache of linters (one per profile and request
// options); past it linters are built per request.
const maxLinters = 256

// newServeEngine loads the configuration as `translint check` does for
// standard input: --config, or the nearest one of the working folder.
func newServeEngine(configPath, lang string, langSet bool) (*serveEngine, error) {
	cat := catalog()
	cfg, err := (&config.Finder{Builtin: cat, Explicit: configPath}).For(filepath.Join(".", "-"))
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	return &serveEngine{cfg: cfg, lang: lang, langSet: langSet, documented: documented(cat), linters: map[string]*servedLinter{}}, nil
}

var requestFormats = map[string]lint.Format{
	"text": lint.FormatText, "txt": lint.FormatText,
	"markdown": lint.FormatMarkdown, "md": lint.FormatMarkdown,
	"html": lint.FormatHTML,
}

// check lints one request as if it were the file req.Path (never read).
func (e *serveEngine) check(req server.Request) (*format.Report, error) {
	path := req.Path
	if path == "" {
		path = "<text>"
	}
	src := engine.Source{Path: path, Data: req.Text}
	if src.Data == nil {
		src.Data = []byte{}
	}
	if req.Format != "" {
		fm, ok := requestFormats[strings.ToLower(req.Format)]
		if !ok {
			return nil, server.BadRequest(fmt.Errorf("unknown format %q (want text, markdown or html)", req.Format))
		}
		src.Format = &fm
	}
	lang, langSet := e.lang, e.langSet
	if req.Lang != "" {
		if langid.Normalize(req.Lang) == "" {
			return nil, server.BadRequest(fmt.Errorf("unknown language %q (use an ISO 639-1 code such as en)", req.Lang))
		}
		lang, langSet = req.Lang, true
	}
	sl, err := e.linter(path, lang, langSet, req.Enable, req.Disable)
	if err != nil {
		return nil, err
	}
	results := engine.RunJobs([]engine.Job{{Source: src, Linter: sl.l}}, 1, nil)
	return &format.Report{Results: results, Rules: sl.l.Rules, Severity: sl.sev, Version: toolVersion(), Documented: e.documented}, nil
}

func (e *serveEngine) linter(path, lang string, langSet bool, enable, disable []string) (*servedLinter, error) {
	key := strings.Join([]string{e.cfg.ProfileKey(path), lang, fmt.Sprint(langSet), strings.Join(enable, ","), strings.Join(disable, ",")}, "\x00")
	e.mu.Lock()
	sl := e.linters[key]
	e.mu.Unlock()
	if sl != nil {
		return sl, nil
	}
	f := checkFlags{lang: lang, enable: enable, disable: disable}
	l, err := configuredLinter(e.cfg, path, &f, langSet)
	if err != nil {
		return nil, server.BadRequest(err)
	}
	sl = &servedLinter{l: l, sev: map[string]lint.Severity{}}
	for _, r := range l.Rules {
		sl.sev[r.ID()] = l.SeverityOf(r)
	}
	e.mu.Lock()
	if len(e.linters) < maxLinters {
		e.linters[key] = sl
	}
	e.mu.Unlock()
	return sl, nil
}

// warmUp checks a short text so that the first request does not pay for
// loading the language models.
func (e *serveEngine) warmUp() {
	_, _ = e.check(server.Request{Text: []byte("A short article to warm up.\n\nEin kurzer Satz auf Deutsch steht hier.\n")})
}
