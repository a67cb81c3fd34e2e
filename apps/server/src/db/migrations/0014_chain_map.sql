CREATE TABLE "chain_counts" (
	"chain_id" integer NOT NULL,
	"segment_id" integer NOT NULL,
	"metric" text NOT NULL,
	"k" text DEFAULT '' NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	"amount_yuan" numeric(24, 0) DEFAULT '0' NOT NULL,
	CONSTRAINT "chain_counts_chain_id_segment_id_metric_k_pk" PRIMARY KEY("chain_id","segment_id","metric","k")
);
--> statement-breakpoint
CREATE TABLE "chain_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"kind" text DEFAULT 'other' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_groups_kind_check" CHECK ("chain_groups"."kind" in ('leading','emerging','other'))
);
--> statement-breakpoint
CREATE TABLE "chain_segments" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"name" text NOT NULL,
	"stream" text NOT NULL,
	"parent_id" integer,
	"responsible_unit_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_segments_stream_check" CHECK ("chain_segments"."stream" in ('up','mid','down')),
	CONSTRAINT "chain_segments_not_own_parent" CHECK ("chain_segments"."parent_id" is null or "chain_segments"."parent_id" <> "chain_segments"."id")
);
--> statement-breakpoint
CREATE TABLE "chain_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"segment_id" integer NOT NULL,
	"name" text NOT NULL,
	"uscc" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_unit_counts" (
	"unit_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	"segment_id" integer NOT NULL,
	"projects" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "chain_unit_counts_chain_id_segment_id_unit_id_pk" PRIMARY KEY("chain_id","segment_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "chains" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"chief_expert" text,
	"think_tanks" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_chains" (
	"unit_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_chains_unit_id_chain_id_pk" PRIMARY KEY("unit_id","chain_id")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "chain_id" integer;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "segment_id" integer;--> statement-breakpoint
ALTER TABLE "filings" ADD COLUMN "chain_id" integer;--> statement-breakpoint
ALTER TABLE "filings" ADD COLUMN "segment_id" integer;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "chain_id" integer;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "segment_id" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "chain_id" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "segment_id" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "fits_reason" text;--> statement-breakpoint
ALTER TABLE "chain_segments" ADD CONSTRAINT "chain_segments_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_segments" ADD CONSTRAINT "chain_segments_parent_id_chain_segments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_segments" ADD CONSTRAINT "chain_segments_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_targets" ADD CONSTRAINT "chain_targets_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_group_id_chain_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."chain_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_chains" ADD CONSTRAINT "unit_chains_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_chains" ADD CONSTRAINT "unit_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_chains" ADD CONSTRAINT "unit_chains_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chain_groups_name_key" ON "chain_groups" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "chain_segments_name_key" ON "chain_segments" USING btree ("chain_id","name");--> statement-breakpoint
CREATE INDEX "chain_segments_parent_idx" ON "chain_segments" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chain_targets_name_key" ON "chain_targets" USING btree ("segment_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "chains_name_key" ON "chains" USING btree ("name");--> statement-breakpoint
CREATE INDEX "chains_group_idx" ON "chains" USING btree ("group_id","sort_order");--> statement-breakpoint
CREATE INDEX "unit_chains_chain_idx" ON "unit_chains" USING btree ("chain_id");--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "companies_chain_segment_idx" ON "companies" USING btree ("chain_id","segment_id") WHERE "companies"."chain_id" is not null;--> statement-breakpoint
CREATE INDEX "filings_chain_segment_idx" ON "filings" USING btree ("chain_id","segment_id") WHERE "filings"."chain_id" is not null;--> statement-breakpoint
CREATE INDEX "leads_chain_segment_idx" ON "leads" USING btree ("chain_id","segment_id") WHERE "leads"."chain_id" is not null;--> statement-breakpoint
CREATE INDEX "projects_segment_signed_idx" ON "projects" USING btree ("chain_id","segment_id","signed_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "units" DROP COLUMN "designated_industries";