package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeepParserChecksTheModel(t *testing.T) {
	// Default's model is read for parsing only and cannot be written:
	// read the embedded file whole.
	ef, err := modelFS.Open(ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ef.Close()
	def, err := ReadModel(ef, ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "base.model.zst")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := def.Write(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name    string
		m       *Model
		path    string
		wantErr string // "" for success
	}{
		{"missing file", &Model{tags: def.tags, rels: def.rels, rootRel: def.rootRel}, filepath.Join(t.TempDir(), "none.gz"), "model to keep the parser of"},
		{"other tags", &Model{tags: []Tag{{"NOUN", "NN"}}, rels: def.rels, rootRel: def.rootRel}, path, "tags or relations differ"},
		{"same treebank", &Model{tags: def.tags, rels: def.rels, rootRel: def.rootRel, tagger: def.tagger, tagger2: def.tagger2, amb: def.amb, dict: def.dict, lemmas: def.lemmas}, path, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := keepParser(tt.m, tt.path)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("keepParser: %v, want success", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("keepParser error = %v, want one saying %q", err, tt.wantErr)
			case tt.wantErr == "" && (got.tagger != tt.m.tagger || got.parser == nil):
				t.Errorf("keepParser kept tagger %p (want %p) and parser %p (want one)", got.tagger, tt.m.tagger, got.parser)
			}
		})
	}
}
