-- The single scheme of a year becomes the counties and zones one (全市招商引资工作方案): its ranking
-- groups for other unit kinds move out (the department and bureau schemes start from their defaults).
UPDATE "assessment_schemes"
SET "scheme" = jsonb_set(
  "scheme",
  '{groups}',
  coalesce(
    (SELECT jsonb_agg(g) FROM jsonb_array_elements("scheme"->'groups') g
      WHERE g->'unitKinds' ?| array['county', 'function_zone']),
    '[]'::jsonb
  )
)
WHERE "key" = 'host';
