// Package server serves diplograph over HTTP: GraphQL on /graphql (GET and
// POST), the GraphiQL playground on / with the example query loaded,
// /healthz, /readyz (Neo4j reachable), /metrics (Prometheus), access logs,
// CORS, a request body limit, per-request timeouts and API-key checks for
// mutations.
package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ExampleQuery is the query the playground opens with (DESIGN.md section 5).
const ExampleQuery = `{ meetings(where: {between: ["China", "NATO"]}, first: 10) {
    totalCount
    edges { node { date kind city { name } participants { official { name } title organization { name } }
                   topics { name } statement { title } } } } }
`

// Config configures a Server.
type Config struct {
	Store    *store.Store
	Ingester graph.Ingester // nil disables mutations
	Logger   *slog.Logger

	// APIKey, when set, is what the X-API-Key header (or "Authorization:
	// Bearer KEY") must carry for mutations; empty disables them.
	APIKey string
	// CORSOrigins are the origins browsers may call the API from; "*"
	// allows any.
	CORSOrigins []string
	// RequestTimeout bounds each request, Neo4j transactions included.
	// Default 10s.
	RequestTimeout time.Duration
	// MaxBodyBytes bounds request bodies. Default 64 KiB.
	MaxBodyBytes int64
	// Limits bound GraphQL queries (depth, complexity, tokens).
	Limits graph.Limits
	// ReadyTimeout bounds the Neo4j check of /readyz. Default 2s.
	ReadyTimeout time.Duration
}

// Server is the HTTP handler and its metrics.
type Server struct {
	cfg     Config
	log     *slog.Logger
	handler http.Handler

	registry *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	gqlErrs  *prometheus.CounterVec
}

// New builds a Server. It does not touch the network.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = 10 * time.Second
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 64 << 10
	}
	if cfg.ReadyTimeout == 0 {
		cfg.ReadyTimeout = 2 * time.Second
	}
	s := &Server{cfg: cfg, log: cfg.Logger, registry: prometheus.NewRegistry()}
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "diplograph_http_requests_total", Help: "HTTP requests by route, method and status code.",
	}, []string{"route", "method", "code"})
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "diplograph_http_request_duration_seconds", Help: "HTTP request latency by route.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"route"})
	s.gqlErrs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "diplograph_graphql_errors_total", Help: "GraphQL errors returned, by extensions.code.",
	}, []string{"code"})
	roundTrips := prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "diplograph_neo4j_round_trips_total", Help: "Queries sent to Neo4j.",
	}, func() float64 {
		if cfg.Store == nil {
			return 0
		}
		return float64(cfg.Store.RoundTrips())
	})
	s.registry.MustRegister(s.requests, s.latency, s.gqlErrs, roundTrips,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	gql := graph.NewHandler(graph.Options{Store: cfg.Store, Ingester: cfg.Ingester, Logger: cfg.Logger, Limits: cfg.Limits})
	gql.AroundResponses(s.countErrors)

	mux := http.NewServeMux()
	mux.Handle("/graphql", s.route("graphql", s.cors(s.limitBody(s.authorize(gql)))))
	mux.Handle("GET /healthz", s.route("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /readyz", s.route("readyz", http.HandlerFunc(s.readyz)))
	mux.Handle("GET /metrics", s.route("metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{})))
	mux.Handle("GET /{$}", s.route("playground", playgroundHandler()))
	mux.Handle("GET /playground/", s.route("playground-assets", playgroundAssets()))
	s.handler = s.withTimeout(mux)
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve serves on ln until ctx is done, then stops accepting connections
// and lets in-flight requests finish (up to grace) before returning.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down: waiting for in-flight requests", "grace", grace.String())
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// readyz answers 200 while Neo4j answers, 503 otherwise; it asks Neo4j
// every time, so it follows Neo4j going down and coming back.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if s.cfg.Store == nil {
		http.Error(w, "no store", http.StatusServiceUnavailable)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.ReadyTimeout)
	defer cancel()
	if err := s.cfg.Store.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "readyz: neo4j unreachable", "err", err)
		http.Error(w, "neo4j unreachable", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ready")
}

// statusWriter records the status code for logs and metrics.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// route logs each request once (structured access log) and records its
// metrics under a fixed route name, so label cardinality stays bounded.
func (s *Server) route(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		if sw.code == 0 {
			sw.code = http.StatusOK
		}
		d := time.Since(start)
		s.requests.WithLabelValues(name, r.Method, strconv.Itoa(sw.code)).Inc()
		s.latency.WithLabelValues(name).Observe(d.Seconds())
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "http request",
			slog.String("route", name), slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.code), slog.Int("bytes", sw.bytes),
			slog.Duration("duration", d), slog.String("remote", r.RemoteAddr))
	})
}

// withTimeout gives every request a deadline, which the store passes to
// Neo4j as the transaction timeout.
func (s *Server) withTimeout(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *Server) limitBody(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.cfg.MaxBodyBytes {
			http.Error(w, fmt.Sprintf("request body larger than %d bytes", s.cfg.MaxBodyBytes), http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		h.ServeHTTP(w, r)
	})
}

// authorize marks requests that carry the configured API key; the
// mutation resolvers refuse the others.
func (s *Server) authorize(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.APIKey != "" {
			key := r.Header.Get("X-API-Key")
			if key == "" {
				if v, ok := cutBearer(r.Header.Get("Authorization")); ok {
					key = v
				}
			}
			if key != "" && subtle.ConstantTimeCompare([]byte(key), []byte(s.cfg.APIKey)) == 1 {
				r = r.WithContext(graph.Authorize(r.Context()))
			}
		}
		h.ServeHTTP(w, r)
	})
}

func cutBearer(h string) (string, bool) {
	const p = "Bearer "
	if len(h) > len(p) && h[:len(p)] == p {
		return h[len(p):], true
	}
	return "", false
}

// cors answers preflights and sets Access-Control-Allow-Origin for the
// configured origins only.
func (s *Server) cors(h http.Handler) http.Handler {
	any := slices.Contains(s.cfg.CORSOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && (any || slices.Contains(s.cfg.CORSOrigins, origin)) {
			hd := w.Header()
			hd.Add("Vary", "Origin")
			if any {
				hd.Set("Access-Control-Allow-Origin", "*")
			} else {
				hd.Set("Access-Control-Allow-Origin", origin)
			}
			if r.Method == http.MethodOptions {
				hd.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				hd.Set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-API-Key")
				hd.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}
