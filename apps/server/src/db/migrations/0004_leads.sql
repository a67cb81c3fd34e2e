CREATE TABLE "lead_response_rules" (
	"unit_kind" text PRIMARY KEY NOT NULL,
	"acknowledge_days" integer DEFAULT 1 NOT NULL,
	"assess_days" integer DEFAULT 3 NOT NULL,
	"feedback_days" integer DEFAULT 7 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" serial PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"reporting_unit_id" integer NOT NULL,
	"handling_unit_id" integer NOT NULL,
	"chain" text,
	"estimated_amount_wan" numeric(18, 4),
	"source" text NOT NULL,
	"contact" text,
	"notes" text,
	"reported_on" date NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"drop_reason" text,
	"filing_id" integer,
	"acknowledged_on" date,
	"assessed_on" date,
	"feedback_on" date,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_status_check" CHECK ("leads"."status" in ('new','following','filed','dropped')),
	CONSTRAINT "leads_source_check" CHECK ("leads"."source" in ('event','referral','visit','research','other')),
	CONSTRAINT "leads_amount_check" CHECK ("leads"."estimated_amount_wan" is null or "leads"."estimated_amount_wan" >= 0),
	CONSTRAINT "leads_drop_reason_check" CHECK ("leads"."status" <> 'dropped' or "leads"."drop_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_reporting_unit_id_units_id_fk" FOREIGN KEY ("reporting_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_handling_unit_id_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "leads_company_unit_date_key" ON "leads" USING btree ("company_id","reporting_unit_id","reported_on");--> statement-breakpoint
CREATE INDEX "leads_handling_idx" ON "leads" USING btree ("handling_unit_id","status");--> statement-breakpoint
INSERT INTO "lead_response_rules" ("unit_kind") VALUES ('leading_group'), ('office'), ('resident_bureau'), ('service_center'), ('county'), ('function_zone'), ('department');
