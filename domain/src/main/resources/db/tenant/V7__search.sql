-- Global search (top bar): one stored tsvector per searchable table, kept by PostgreSQL itself, with a GIN index.
-- Names are indexed with 'simple' (nothing stemmed or dropped: "orders_2024" stays 'orders' + '2024', German names stay
-- as typed) and also with 'english' so "order" finds "Orders"; descriptions with 'simple', 'english' and 'german'
-- (texts here are English or German). Weights: name A, description B, a question's SQL D. The query side builds the
-- same three configurations' tsqueries from the user's words (prefix :* for type-ahead) and ORs them.
-- '<' and '>' become spaces first: PostgreSQL's parser reads "<b>…</b>" as markup and drops a <script> element's
-- text altogether, and names here are plain text as typed. The function calls only pg_catalog functions: it runs
-- whatever the session's search_path (the catalog sync writes with schema-qualified names).
CREATE FUNCTION search_document(names TEXT, description TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple'::regconfig, translate(names, '<>', '  ')), 'A')
        || setweight(to_tsvector('english'::regconfig, translate(names, '<>', '  ')), 'A')
        || setweight(to_tsvector('simple'::regconfig, translate(coalesce(description, ''), '<>', '  ')), 'B')
        || setweight(to_tsvector('english'::regconfig, translate(coalesce(description, ''), '<>', '  ')), 'B')
        || setweight(to_tsvector('german'::regconfig, translate(coalesce(description, ''), '<>', '  ')), 'B')
$$;

ALTER TABLE question ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (search_document(name, description)
    || setweight(to_tsvector('simple'::regconfig, translate(left(sql_text, 20000), '<>', '  ')), 'D')) STORED;
CREATE INDEX question_search ON question USING GIN (search_vector);

ALTER TABLE collection ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (search_document(name, description)) STORED;
CREATE INDEX collection_search ON collection USING GIN (search_vector);

ALTER TABLE catalog_table ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    search_document(name || ' ' || coalesce(display_name, ''), description)) STORED;
CREATE INDEX catalog_table_search ON catalog_table USING GIN (search_vector);

ALTER TABLE catalog_column ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    search_document(name || ' ' || coalesce(display_name, ''), description)) STORED;
CREATE INDEX catalog_column_search ON catalog_column USING GIN (search_vector);
