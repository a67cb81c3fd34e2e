CREATE TABLE "blockers" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"responsible_unit_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"escalated" boolean DEFAULT false NOT NULL,
	"raised_by" integer,
	"raised_by_unit_id" integer,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "blockers_category_check" CHECK ("blockers"."category" in ('land','permit','power','financing','policy','other')),
	CONSTRAINT "blockers_status_check" CHECK ("blockers"."status" in ('open','resolved')),
	CONSTRAINT "blockers_resolution_check" CHECK ("blockers"."status" <> 'resolved' or "blockers"."resolution" is not null)
);
--> statement-breakpoint
CREATE TABLE "joint_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_items" (
	"meeting_id" integer NOT NULL,
	"blocker_id" integer NOT NULL,
	"decision" text,
	"decided_by" integer,
	CONSTRAINT "meeting_items_meeting_id_blocker_id_pk" PRIMARY KEY("meeting_id","blocker_id")
);
--> statement-breakpoint
CREATE TABLE "project_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"stage" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"kind" text NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text,
	"correction_of_bulletin_id" integer,
	"user_id" integer,
	"user_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"project_id" integer NOT NULL,
	"stage" text NOT NULL,
	"planned_on" date NOT NULL,
	"reminder_sent" boolean DEFAULT false NOT NULL,
	"slip_notice_sent" boolean DEFAULT false NOT NULL,
	CONSTRAINT "project_milestones_project_id_stage_pk" PRIMARY KEY("project_id","stage")
);
--> statement-breakpoint
CREATE TABLE "project_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"major_threshold_yuan" bigint DEFAULT 1000000000 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_sources" (
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "project_sources_project_id_unit_id_pk" PRIMARY KEY("project_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"company_id" integer,
	"host_unit_id" integer NOT NULL,
	"chain" text,
	"fits_positioning" boolean DEFAULT false NOT NULL,
	"agreed_yuan" bigint DEFAULT 0 NOT NULL,
	"invested_yuan" bigint DEFAULT 0 NOT NULL,
	"foreign_usd_wan" numeric(18, 4),
	"investor_type" text,
	"expected_jobs" integer,
	"expected_tax_wan" numeric(18, 4),
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"signed_on" date,
	"contracted_on" date,
	"registered_on" date,
	"registered_uscc" text,
	"ready_on" date,
	"started_on" date,
	"completed_on" date,
	"producing_on" date,
	"stage" text GENERATED ALWAYS AS (case when producing_on is not null then 'producing' when completed_on is not null then 'completed'
        when started_on is not null then 'started' when ready_on is not null then 'ready'
        when registered_on is not null then 'registered' when contracted_on is not null then 'contracted'
        when signed_on is not null then 'signed' else 'intent' end) STORED,
	"stage_changed_on" date DEFAULT current_date NOT NULL,
	"source_unit_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"track" text,
	"expansion_of" integer,
	"filing_id" integer,
	"notes" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_status_check" CHECK ("projects"."status" in ('active','stalled','terminated')),
	CONSTRAINT "projects_status_reason_check" CHECK ("projects"."status" <> 'terminated' or "projects"."status_reason" is not null),
	CONSTRAINT "projects_amounts_check" CHECK ("projects"."agreed_yuan" >= 0 and "projects"."invested_yuan" >= 0),
	CONSTRAINT "projects_stage_order_check" CHECK (("projects"."started_on" is null or "projects"."ready_on" is null or "projects"."started_on" >= "projects"."ready_on")
        and ("projects"."completed_on" is null or "projects"."started_on" is null or "projects"."completed_on" >= "projects"."started_on")
        and ("projects"."producing_on" is null or "projects"."completed_on" is null or "projects"."producing_on" >= "projects"."completed_on"))
);
--> statement-breakpoint
CREATE TABLE "review_campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_items" (
	"campaign_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"answer" text,
	"progress" text,
	"problems" text,
	"next_step" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	CONSTRAINT "review_items_campaign_id_project_id_pk" PRIMARY KEY("campaign_id","project_id"),
	CONSTRAINT "review_items_answer_check" CHECK ("review_items"."answer" is null or "review_items"."answer" in ('alive','stalled','lost'))
);
--> statement-breakpoint
CREATE TABLE "scheduled_runs" (
	"job" text NOT NULL,
	"slot" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"result" jsonb,
	CONSTRAINT "scheduled_runs_job_slot_pk" PRIMARY KEY("job","slot")
);
--> statement-breakpoint
CREATE TABLE "assessment_schemes" (
	"year" integer PRIMARY KEY NOT NULL,
	"scheme" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulletins" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"issue_number" integer,
	"remarks" text,
	"snapshot" jsonb NOT NULL,
	"snapshot_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone,
	CONSTRAINT "bulletins_status_check" CHECK ("bulletins"."status" in ('draft','published')),
	CONSTRAINT "bulletins_month_check" CHECK ("bulletins"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "foreign_capital_use" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"used_usd_wan" numeric(18, 4) NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "foreign_capital_use_unit_id_year_month_pk" PRIMARY KEY("unit_id","year","month"),
	CONSTRAINT "foreign_capital_month_check" CHECK ("foreign_capital_use"."month" between 1 and 12),
	CONSTRAINT "foreign_capital_amount_check" CHECK ("foreign_capital_use"."used_usd_wan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "unit_targets" (
	"year" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"signed_count" integer,
	"signed_amount_wan" numeric(18, 4),
	"leads" integer,
	"events" integer,
	"foreign_usd_wan" numeric(18, 4),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_targets_year_unit_id_pk" PRIMARY KEY("year","unit_id")
);
--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_raised_by_unit_id_units_id_fk" FOREIGN KEY ("raised_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meetings" ADD CONSTRAINT "joint_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_meeting_id_joint_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."joint_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_blocker_id_blockers_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."blockers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_evidence" ADD CONSTRAINT "project_evidence_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_evidence" ADD CONSTRAINT "project_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_history" ADD CONSTRAINT "project_history_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_history" ADD CONSTRAINT "project_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_sources" ADD CONSTRAINT "project_sources_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_sources" ADD CONSTRAINT "project_sources_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_host_unit_id_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_expansion_of_projects_id_fk" FOREIGN KEY ("expansion_of") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_campaigns" ADD CONSTRAINT "review_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_campaign_id_review_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."review_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "foreign_capital_use" ADD CONSTRAINT "foreign_capital_use_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "foreign_capital_use" ADD CONSTRAINT "foreign_capital_use_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_targets" ADD CONSTRAINT "unit_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blockers_project_idx" ON "blockers" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "blockers_open_idx" ON "blockers" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "blockers_responsible_idx" ON "blockers" USING btree ("responsible_unit_id","project_id");--> statement-breakpoint
CREATE INDEX "project_evidence_project_idx" ON "project_evidence" USING btree ("project_id","stage");--> statement-breakpoint
CREATE INDEX "project_history_project_idx" ON "project_history" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "project_history_corrections_idx" ON "project_history" USING btree ("correction_of_bulletin_id");--> statement-breakpoint
CREATE INDEX "project_milestones_planned_idx" ON "project_milestones" USING btree ("planned_on");--> statement-breakpoint
CREATE INDEX "project_sources_unit_idx" ON "project_sources" USING btree ("unit_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_import_key" ON "projects" USING btree ("name",coalesce("company_id", 0),coalesce("signed_on", '0001-01-01'::date));--> statement-breakpoint
CREATE INDEX "projects_host_signed_idx" ON "projects" USING btree ("host_unit_id","signed_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "projects_signed_idx" ON "projects" USING btree ("signed_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "projects_agreed_idx" ON "projects" USING btree ("agreed_yuan" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "projects_chain_signed_idx" ON "projects" USING btree ("chain","signed_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "projects_stage_signed_idx" ON "projects" USING btree ("stage","signed_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status","stage_changed_on");--> statement-breakpoint
CREATE INDEX "projects_source_units_gin" ON "projects" USING gin ("source_unit_ids");--> statement-breakpoint
CREATE INDEX "projects_track_idx" ON "projects" USING btree ("track","agreed_yuan" DESC NULLS LAST,"id") WHERE "projects"."track" is not null;--> statement-breakpoint
CREATE INDEX "projects_company_idx" ON "projects" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "projects_name_trgm" ON "projects" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "review_items_unit_idx" ON "review_items" USING btree ("unit_id","campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_one_per_month" ON "bulletins" USING btree ("year","month");--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_issue_number_key" ON "bulletins" USING btree ("year","issue_number");--> statement-breakpoint
INSERT INTO "project_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION bulletins_published_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'bulletin % is published and cannot be changed', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER bulletins_frozen BEFORE UPDATE OR DELETE ON "bulletins" FOR EACH ROW EXECUTE FUNCTION bulletins_published_frozen();
--> statement-breakpoint
CREATE FUNCTION projects_stage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A project last moved on its latest stage date (an import of an old ledger keeps its history).
  NEW.stage_changed_on := coalesce(greatest(NEW.signed_on, NEW.contracted_on, NEW.registered_on, NEW.ready_on, NEW.started_on, NEW.completed_on, NEW.producing_on), NEW.stage_changed_on, current_date);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER projects_stage_changed BEFORE INSERT OR UPDATE OF signed_on, contracted_on, registered_on, ready_on, started_on, completed_on, producing_on ON "projects" FOR EACH ROW EXECUTE FUNCTION projects_stage_changed();
--> statement-breakpoint
CREATE FUNCTION project_sources_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- projects.source_unit_ids mirrors project_sources, so lists and indicators need no join.
  UPDATE projects p SET source_unit_ids = coalesce((SELECT array_agg(s.unit_id ORDER BY s.unit_id) FROM project_sources s WHERE s.project_id = p.id), '{}')
  WHERE p.id IN (SELECT DISTINCT project_id FROM changed);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_sources_added AFTER INSERT ON "project_sources" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION project_sources_copy();--> statement-breakpoint
CREATE TRIGGER project_sources_removed AFTER DELETE ON "project_sources" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION project_sources_copy();
