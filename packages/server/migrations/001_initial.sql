-- Sona Designer server: the initial schema. Every table is keyed by (workspace_id, id) and every query filters by
-- workspace_id. Entity timestamps are ISO 8601 text exactly as the API returns them (UTC, `Z`): they sort as text.
-- search_text is the entity's searchable text folded in JS (lower case, no accents: the core's `foldForSearch`).

CREATE TABLE workspaces (
  id text PRIMARY KEY,
  name text NOT NULL,
  -- The sequence number of the latest event; bumped as the last statement of every write (serialises commits).
  last_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Insertion order of call flows and call summaries (the reference adapter keeps them in that order).
CREATE SEQUENCE row_position;

CREATE TABLE jobs (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  description text NOT NULL,
  trigger text NOT NULL,
  instructions text NOT NULL,
  template_id text,
  version integer NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  search_text text NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX jobs_name ON jobs (workspace_id, lower(name));
CREATE INDEX jobs_updated ON jobs (workspace_id, updated_at DESC);
CREATE INDEX jobs_created ON jobs (workspace_id, created_at DESC);

CREATE TABLE knowledge_pages (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  title text NOT NULL,
  content text NOT NULL,
  version integer NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  search_text text NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX knowledge_pages_title ON knowledge_pages (workspace_id, lower(title));
CREATE INDEX knowledge_pages_updated ON knowledge_pages (workspace_id, updated_at DESC);

CREATE TABLE call_flows (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  phone_number text,
  version integer NOT NULL,
  -- The graph being edited: a document, stored whole.
  draft jsonb NOT NULL,
  -- The revision real calls use ({ revision, graph, publishedAt }), null before the first publish.
  published jsonb,
  position bigint NOT NULL DEFAULT nextval('row_position'),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX call_flows_position ON call_flows (workspace_id, position);

CREATE TABLE call_flow_revisions (
  workspace_id text NOT NULL,
  call_flow_id text NOT NULL,
  revision integer NOT NULL,
  graph jsonb NOT NULL,
  published_at text NOT NULL,
  PRIMARY KEY (workspace_id, call_flow_id, revision),
  FOREIGN KEY (workspace_id, call_flow_id) REFERENCES call_flows (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE call_summaries (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  call_flow_id text NOT NULL,
  step_id text NOT NULL,
  source text NOT NULL CHECK (source IN ('draft', 'published')),
  simulated boolean NOT NULL,
  caller text NOT NULL,
  intent text NOT NULL,
  job_id text,
  collected jsonb NOT NULL,
  actions jsonb NOT NULL,
  outcome text NOT NULL,
  turns integer NOT NULL,
  transcript jsonb NOT NULL,
  position bigint NOT NULL DEFAULT nextval('row_position'),
  created_at text NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX call_summaries_newest ON call_summaries (workspace_id, created_at DESC, position DESC);
CREATE INDEX call_summaries_flow ON call_summaries (workspace_id, call_flow_id, created_at DESC);
CREATE INDEX call_summaries_job ON call_summaries (workspace_id, job_id);

-- Which Sona step (of a flow's draft or published graph) attaches which job or knowledge page. Rewritten with the
-- flow on every draft save, publish, restore and import; read for usage, IN_USE and sorting jobs by usage.
CREATE TABLE step_usages (
  workspace_id text NOT NULL,
  call_flow_id text NOT NULL,
  graph text NOT NULL CHECK (graph IN ('draft', 'published')),
  step_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('job', 'knowledge')),
  target_id text NOT NULL,
  PRIMARY KEY (workspace_id, call_flow_id, graph, step_id, kind, target_id),
  FOREIGN KEY (workspace_id, call_flow_id) REFERENCES call_flows (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX step_usages_target ON step_usages (workspace_id, kind, target_id);

-- The change feed: one row per committed write, seq 1, 2, 3… per workspace in commit order; old rows are pruned.
CREATE TABLE events (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, seq)
);
