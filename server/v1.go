package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"unicode/utf8"

	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/read"
)

// v1Request is the body of POST /v1/check.
type v1Request struct {
	Text    *string  `json:"text"`
	Format  string   `json:"format"`
	Lang    string   `json:"lang"`
	Path    string   `json:"path"`
	Enable  []string `json:"enable"`
	Disable []string `json:"disable"`
}

// checkV1 answers with the JSON of `translint check --format json`: 200
// when the article was linted, 422 when it could not be read (not UTF-8,
// binary) with the reason in "errors", 500 when a rule failed.
func (s *Server) checkV1(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		bodyError(w, err)
		return
	}
	// JSON decoding would replace bad bytes with U+FFFD silently.
	if !utf8.Valid(body) {
		httpError(w, http.StatusBadRequest, "the request body is not valid UTF-8")
		return
	}
	var in v1Request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		httpError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		return
	}
	if dec.More() {
		httpError(w, http.StatusBadRequest, "bad JSON: more than one value in the body")
		return
	}
	if in.Text == nil {
		httpError(w, http.StatusBadRequest, `missing "text"`)
		return
	}
	req := Request{Text: []byte(*in.Text), Path: in.Path, Format: in.Format, Lang: in.Lang,
		Enable: trimList(in.Enable...), Disable: trimList(in.Disable...)}
	rep, err := s.run(r.Context(), req)
	if checkFailed(w, err) {
		return
	}
	status := http.StatusOK
	for i, res := range rep.Results {
		switch {
		case res.Err == nil:
		case unreadable(res.Err):
			status = http.StatusUnprocessableEntity
		default:
			s.logf("check of %q failed: %v", res.Path, res.Err)
			rep.Results[i].Err = errInternal
			status = http.StatusInternalServerError
		}
	}
	var buf bytes.Buffer
	if err := (format.JSON{}).Format(&buf, rep); err != nil {
		httpError(w, http.StatusInternalServerError, "internal error")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errInternal replaces an internal error's detail (a stack) in answers; the
// log has the detail.
var errInternal = errors.New("internal error")

// unreadable reports whether err says the text itself cannot be linted.
func unreadable(err error) bool {
	var bad *read.InvalidUTF8Error
	return errors.As(err, &bad) || errors.Is(err, read.ErrBinary)
}

func (s *Server) logf(f string, args ...any) {
	if s.o.Log != nil {
		s.o.Log.Printf(f, args...)
	}
}
