CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"round" integer NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_dates_check" CHECK ("campaigns"."ends_on" >= "campaigns"."starts_on"),
	CONSTRAINT "campaigns_round_check" CHECK ("campaigns"."round" > 0)
);
--> statement-breakpoint
CREATE TABLE "event_guests" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"guest_name" text DEFAULT '' NOT NULL,
	"title" text,
	"company_name" text NOT NULL,
	"company_normalised" text NOT NULL,
	"uscc" text,
	"company_id" integer,
	"match_level" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_guests_match_check" CHECK ("event_guests"."match_level" in ('same','similar','none'))
);
--> statement-breakpoint
CREATE TABLE "event_organisers" (
	"event_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "event_organisers_event_id_unit_id_pk" PRIMARY KEY("event_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"place" text,
	"region" text,
	"campaign_id" integer,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_dates_check" CHECK ("events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "events_kind_check" CHECK ("events"."kind" in ('promotion','negotiation','fair','briefing','visit','research','contest')),
	CONSTRAINT "events_level_check" CHECK ("events"."level" in ('city_major','local'))
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "event_id" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "event_id" integer;--> statement-breakpoint
ALTER TABLE "event_guests" ADD CONSTRAINT "event_guests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_guests" ADD CONSTRAINT "event_guests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_round_key" ON "campaigns" USING btree ("round");--> statement-breakpoint
CREATE UNIQUE INDEX "event_guests_key" ON "event_guests" USING btree ("event_id","company_normalised","guest_name");--> statement-breakpoint
CREATE INDEX "event_guests_company_idx" ON "event_guests" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "event_organisers_unit_idx" ON "event_organisers" USING btree ("unit_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_name_start_key" ON "events" USING btree ("name","starts_on");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "events_campaign_idx" ON "events" USING btree ("campaign_id","starts_on");--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_event_idx" ON "leads" USING btree ("event_id","reported_on","filing_id") WHERE "leads"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "projects_event_idx" ON "projects" USING btree ("event_id","signed_on","agreed_yuan","foreign_usd_wan") WHERE "projects"."event_id" is not null;