package server

import (
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
)

// The GraphiQL build and React, vendored by tools/graphiql-vendor/fetch.sh
// (see playground/SOURCES.md): the playground needs no CDN.
//
//go:embed playground/*.js playground/*.css
var playgroundFiles embed.FS

var playgroundPage = template.Must(template.New("playground").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>diplograph</title>
  <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  <script src="/playground/react.production.min.js"></script>
  <script src="/playground/react-dom.production.min.js"></script>
  <link rel="stylesheet" href="/playground/graphiql.min.css">
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/playground/graphiql.min.js"></script>
  <script>
    // The query lives in the URL, so a link shares it and a reload keeps it.
    const params = new URLSearchParams(location.search);
    const example = {{.Example}};
    const fetcher = GraphiQL.createFetcher({ url: location.protocol + '//' + location.host + {{.Endpoint}} });
    function onEditQuery(q) {
      params.set('query', q);
      history.replaceState(null, '', '?' + params.toString());
    }
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: example,
        query: params.get('query') || example,
        onEditQuery: onEditQuery,
      }));
  </script>
</body>
</html>
`))

// playgroundHandler serves the GraphiQL page. The page reads its query
// from the URL, so a visit without one is redirected to the example
// query.
func playgroundHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("query") == "" {
			http.Redirect(w, r, "/?query="+url.QueryEscape(ExampleQuery), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = playgroundPage.Execute(w, map[string]string{"Example": ExampleQuery, "Endpoint": "/graphql"})
	})
}

// playgroundAssets serves the vendored scripts and styles under
// /playground/. Their names carry no version, so browsers revalidate
// them after a day.
func playgroundAssets() http.Handler {
	sub, err := fs.Sub(playgroundFiles, "playground")
	if err != nil {
		panic(err) // the embed pattern above guarantees the directory
	}
	files := http.StripPrefix("/playground/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}
