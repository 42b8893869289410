-- Saved test cases: a simulated call of one call flow and what it must do, run against the draft on every edit.
-- A test belongs to its flow: it goes when the flow goes (an import that replaces the flows drops their tests).
CREATE TABLE test_cases (
  workspace_id text NOT NULL,
  id text NOT NULL,
  call_flow_id text NOT NULL,
  name text NOT NULL,
  -- The call placed ({ at, callerNumber, keys, answered, messages }) and the expectations: documents, stored whole.
  call jsonb NOT NULL,
  expectations jsonb NOT NULL,
  version integer NOT NULL,
  -- Insertion order, to list tests created in the same millisecond as they were created.
  position bigint NOT NULL DEFAULT nextval('row_position'),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, call_flow_id) REFERENCES call_flows (workspace_id, id) ON DELETE CASCADE
);
-- listTestCases (a flow's tests, oldest first) and the per-flow count of createTestCase.
CREATE INDEX test_cases_flow ON test_cases (workspace_id, call_flow_id, created_at, position);
