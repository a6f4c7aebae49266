package main

import (
	"context"
	"fmt"

	"dateline"
	"dateline/store"
)

// exportStore feeds write the analysis of every article stored in st that
// was published in [from, to] ("" leaves a side open), newest first, a page
// at a time: a database of any size is exported in the memory of one page.
func exportStore(ctx context.Context, st store.Store, from, to string, write func(dateline.Analysis) error) error {
	q := store.ArticleQuery{From: from, To: to, Limit: store.MaxLimit}
	for {
		page, err := st.Articles(ctx, q)
		if err != nil {
			return err
		}
		for _, art := range page.Items {
			a, err := st.Analysis(ctx, art.ID)
			if err != nil {
				return fmt.Errorf("article %s: %w", art.ID, err)
			}
			if err := write(a); err != nil {
				return err
			}
		}
		if page.Next == "" {
			return nil
		}
		q.Cursor = page.Next
	}
}
