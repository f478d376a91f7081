// Command load measures `translint serve` under load: N concurrent clients
// post one 1,500-word article to /v1/check with all rules enabled, for N =
// 1, 8 and 64 (a fresh server each), and reports requests per second, p50
// and p99 latency and the server's peak RSS; then it sends 10,000 requests
// to one server and reports its RSS along the way, to show it does not grow.
//
// Usage (from the repository root):
//
//	go run ./bench/load [-bin translint] [-duration 5s] [-clients 1,8,64] [-soak 10000] [-words 1500] [-print]
//
// Without -bin it builds translint first. RSS is read from /proc (Linux).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	bin := flag.String("bin", "", "translint binary (built when empty)")
	duration := flag.Duration("duration", 5*time.Second, "how long each client count is measured")
	clientList := flag.String("clients", "1,8,64", "client counts to measure")
	soak := flag.Int("soak", 10000, "requests of the RSS run (0 skips it)")
	words := flag.Int("words", 1500, "words of the article")
	print := flag.Bool("print", false, "print the article and stop")
	flag.Parse()
	if *print {
		fmt.Print(Article(*words))
		return
	}
	if *bin == "" {
		dir, err := os.MkdirTemp("", "translint-load")
		check(err)
		defer os.RemoveAll(dir)
		*bin = filepath.Join(dir, "translint")
		cmd := exec.Command("go", "build", "-o", *bin, "./cmd/translint")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		check(cmd.Run())
	}
	article := Article(*words)
	body, err := json.Marshal(map[string]string{"text": article, "format": "markdown", "path": "article.md"})
	check(err)
	fmt.Printf("article: %d words, %d bytes; %d CPUs; %s\n\n", len(strings.Fields(article)), len(article), runtime.NumCPU(), runtime.Version())
	fmt.Println("| clients | requests/s | p50 | p99 | max | errors | server CPU/request | peak RSS |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, f := range strings.Split(*clientList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		check(err)
		s := start(*bin, n)
		warm(s, body)
		cpu0 := s.cpu()
		r := load(s.url, body, n, *duration, 0)
		perReq := (s.cpu() - cpu0) / time.Duration(max(len(r.lat), 1))
		fmt.Printf("| %d | %.0f | %s | %s | %s | %d | %s | %s |\n", n, float64(len(r.lat))/r.wall.Seconds(),
			ms(r.pct(50)), ms(r.pct(99)), ms(r.pct(100)), r.errors, ms(perReq), mb(s.rss("VmHWM")))
		s.stop()
	}
	if *soak > 0 {
		const clients = 8
		s := start(*bin, clients)
		warm(s, body)
		fmt.Printf("\nRSS over %d requests (%d clients):\n\n| requests | RSS |\n|---:|---:|\n", *soak, clients)
		fmt.Printf("| 0 (after warm-up) | %s |\n", mb(s.rss("VmRSS")))
		done := 0
		step := *soak / 5
		for done < *soak {
			r := load(s.url, body, clients, 0, step)
			done += len(r.lat)
			if r.errors > 0 {
				fmt.Printf("| (%d errors) | |\n", r.errors)
			}
			fmt.Printf("| %d | %s |\n", done, mb(s.rss("VmRSS")))
		}
		fmt.Printf("\npeak RSS %s\n", mb(s.rss("VmHWM")))
		s.stop()
	}
}

// server is a running `translint serve`.
type server struct {
	cmd *exec.Cmd
	url string
}

func start(bin string, clients int) *server {
	// The queue holds every client: the benchmark measures latency, not 503s.
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--quiet", "--queue", strconv.Itoa(max(clients, 1)))
	stderr, err := cmd.StderrPipe()
	check(err)
	check(cmd.Start())
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "http://"); i >= 0 {
			url := strings.Fields(line[i:])[0]
			go io.Copy(io.Discard, stderr)
			return &server{cmd: cmd, url: strings.TrimSuffix(url, "/")}
		}
	}
	check(fmt.Errorf("translint serve did not start"))
	return nil
}

func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	s.cmd.Wait()
}

// rss reads a memory figure of the server in bytes ("VmRSS", "VmHWM").
func (s *server) rss(field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return -1
}

// cpu is the CPU time the server used so far (user and system).
func (s *server) cpu() time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) start at state.
	f := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / clockTicks
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat times (100 on Linux).
const clockTicks = 100

func warm(s *server, body []byte) { load(s.url, body, 4, 0, 200) }

type result struct {
	lat    []time.Duration
	wall   time.Duration
	errors int
}

func (r result) pct(p int) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	slices.Sort(r.lat)
	i := (len(r.lat)*p + 99) / 100
	return r.lat[min(max(i-1, 0), len(r.lat)-1)]
}

// load runs clients that post body until d has passed (d > 0) or total
// requests were sent.
func load(url string, body []byte, clients int, d time.Duration, total int) result {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var mu sync.Mutex
	var res result
	var sent atomic.Int64
	deadline := time.Now().Add(d)
	begin := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs := 0
			for {
				if d > 0 && time.Now().After(deadline) || d <= 0 && sent.Add(1) > int64(total) {
					break
				}
				t0 := time.Now()
				resp, err := client.Post(url+"/v1/check", "application/json", bytes.NewReader(body))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				if err != nil {
					errs++
					continue
				}
				lat = append(lat, time.Since(t0))
			}
			mu.Lock()
			res.lat = append(res.lat, lat...)
			res.errors += errs
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.wall = time.Since(begin)
	return res
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
func mb(b int64) string         { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(2)
	}
}
