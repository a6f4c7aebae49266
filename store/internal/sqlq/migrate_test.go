package sqlq

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"dateline/store"
)

// fakeTx records what a migration runs, on a database at version current.
type fakeTx struct {
	current int
	failOn  string
	ran     []string
}

func (t *fakeTx) Exec(_ context.Context, q string, args ...any) error {
	if q == t.failOn {
		return errors.New("syntax error")
	}
	if len(args) > 0 {
		q = fmt.Sprint(args...)
	}
	t.ran = append(t.ran, q)
	return nil
}

func (t *fakeTx) QueryRow(context.Context, string, ...any) Row { return versionRow(t.current) }

type versionRow int

func (v versionRow) Scan(dest ...any) error {
	*dest[0].(*int) = int(v)
	return nil
}

var fakeMigrations = Migrations{
	Steps: []Migration{{1, "one", "S1"}, {2, "two", "S2"}, {3, "three", "S3"}},
	Table: "TABLE",
	Now:   "NOW",
}

func TestMigrationsApply(t *testing.T) {
	for _, tc := range []struct {
		name      string
		current   int
		target    int
		want      []string
		wantNewer bool
	}{
		{"a new database gets every step, each recorded", 0, 3,
			[]string{"TABLE", "S1", "1one", "S2", "2two", "S3", "3three"}, false},
		{"steps already applied are skipped", 2, 3, []string{"TABLE", "S3", "3three"}, false},
		{"an up-to-date database changes nothing", 3, 3, []string{"TABLE"}, false},
		{"a target stops before later steps", 0, 1, []string{"TABLE", "S1", "1one"}, false},
		{"a newer database is refused", 4, 3, []string{"TABLE"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx := &fakeTx{current: tc.current}
			err := fakeMigrations.Apply(t.Context(), fakeDialect{}, tx, tc.target)
			if got := errors.Is(err, store.ErrSchemaTooNew); got != tc.wantNewer {
				t.Fatalf("Apply error = %v, want ErrSchemaTooNew %v", err, tc.wantNewer)
			}
			if !tc.wantNewer && err != nil {
				t.Fatalf("Apply: %v", err)
			}
			if !slices.Equal(tx.ran, tc.want) {
				t.Errorf("ran %q, want %q", tx.ran, tc.want)
			}
		})
	}
}

func TestMigrationsApplyNamesTheFailingStep(t *testing.T) {
	tx := &fakeTx{failOn: "S2"}
	err := fakeMigrations.Apply(t.Context(), fakeDialect{}, tx, 3)
	if err == nil || err.Error() != "migration 2 (two): syntax error" {
		t.Errorf("Apply error = %v, want one naming migration 2 (two)", err)
	}
	if slices.Contains(tx.ran, "S3") {
		t.Errorf("ran %q after a failed step, want it to stop", tx.ran)
	}
}
