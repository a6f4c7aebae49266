package server

import (
	_ "embed"
	"encoding/json"
	"net/http"
)

// openAPISpec documents the API. TestOpenAPIMatchesRoutes checks it
// against the route table and the live mux, both ways, parameters included.
//
//go:embed openapi.json
var openAPISpec []byte

func (s *Server) openAPI(*http.Request, params) (any, error) {
	return json.RawMessage(openAPISpec), nil
}
