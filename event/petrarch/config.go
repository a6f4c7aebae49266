package petrarch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Config is what this coder reads from a PETRARCH-2 PETR_config.ini: the
// [Dictionaries] file names (resolved to paths) and the [Options].
type Config struct {
	Path     string // the config file itself
	Verbs    string
	Actors   []string
	Agents   string
	Discards string
	Options  map[string]string // lower-case keys: require_dyad, new_actor_length, …
}

// ErrConfig is wrapped by every config error.
var ErrConfig = errors.New("petrarch config")

// ReadConfig parses an INI file in PETRARCH-2's format. Dictionary names
// are resolved against the config's own folder, then its ../dictionaries
// and dictionaries/ folders (where PETRARCH keeps them), so both absolute
// paths and PETRARCH's bare names work.
func ReadConfig(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	defer f.Close()
	c, err := parseConfig(f, path)
	if err != nil {
		return nil, err
	}
	return c, c.resolve()
}

func parseConfig(r io.Reader, path string) (*Config, error) {
	c := &Config{Path: path, Options: map[string]string{}}
	sc := bufio.NewScanner(r)
	section := ""
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimSpace(sc.Text())
		if t == "" || t[0] == '#' || t[0] == ';' {
			continue
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			section = strings.ToLower(strings.TrimSpace(t[1 : len(t)-1]))
			continue
		}
		k, v, ok := strings.Cut(t, "=")
		if !ok {
			return nil, fmt.Errorf("%w %q line %d: %q is not key = value", ErrConfig, path, n, t)
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if i := strings.Index(v, " #"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		switch section {
		case "dictionaries":
			switch k {
			case "verbfile_name":
				c.Verbs = v
			case "actorfile_list":
				for _, a := range strings.Split(v, ",") {
					if a = strings.TrimSpace(a); a != "" {
						c.Actors = append(c.Actors, a)
					}
				}
			case "agentfile_name":
				c.Agents = v
			case "discardfile_name":
				c.Discards = v
			}
		case "options":
			c.Options[k] = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w %q: %v", ErrConfig, path, err)
	}
	if c.Verbs == "" || len(c.Actors) == 0 {
		return nil, fmt.Errorf("%w %q: [Dictionaries] needs verbfile_name and actorfile_list", ErrConfig, path)
	}
	return c, nil
}

func (c *Config) resolve() error {
	dir := filepath.Dir(c.Path)
	find := func(name string) (string, error) {
		if name == "" {
			return "", nil
		}
		cands := []string{name}
		if !filepath.IsAbs(name) {
			cands = []string{filepath.Join(dir, name), filepath.Join(dir, "..", "dictionaries", name),
				filepath.Join(dir, "dictionaries", name), name}
		}
		for _, p := range cands {
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			}
		}
		return "", fmt.Errorf("%w %q: dictionary %q not found (looked in %s)", ErrConfig, c.Path, name, strings.Join(cands, ", "))
	}
	var err error
	if c.Verbs, err = find(c.Verbs); err != nil {
		return err
	}
	for i, a := range c.Actors {
		if c.Actors[i], err = find(a); err != nil {
			return err
		}
	}
	if c.Agents, err = find(c.Agents); err != nil {
		return err
	}
	if c.Discards, err = find(c.Discards); err != nil {
		return err
	}
	return nil
}

// Dictionaries is everything a config names, read.
type Dictionaries struct {
	Verbs    *VerbDict
	Actors   []Actor
	Agents   []Agent
	Discards []Discard
	Options  map[string]string
}

// Load reads every dictionary the config names.
func (c *Config) Load() (*Dictionaries, error) {
	d := &Dictionaries{Options: c.Options}
	var err error
	if d.Verbs, err = readFile(c.Verbs, ReadVerbs); err != nil {
		return nil, err
	}
	for _, p := range c.Actors {
		a, err := readFile(p, ReadActors)
		if err != nil {
			return nil, err
		}
		d.Actors = append(d.Actors, a...)
	}
	if c.Agents != "" {
		if d.Agents, err = readFile(c.Agents, ReadAgents); err != nil {
			return nil, err
		}
	}
	if c.Discards != "" {
		if d.Discards, err = readFile(c.Discards, ReadDiscards); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func readFile[T any](path string, read func(io.Reader, string) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	return read(bufio.NewReader(f), path)
}
