-- The editor's image picker searches the library by text alternative and file name anywhere in them
-- (MediaLibrary.search: "… ilike '%word%'"): a trigram index serves such a search without reading every row.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

create index media_image_search_idx on media_image
    using gin ((alt_text || ' ' || original_file_name) gin_trgm_ops);
