CREATE TABLE "capital_arrivals" (
	"project_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"domestic_wan" numeric(18, 4) DEFAULT '0' NOT NULL,
	"foreign_usd_wan" numeric(18, 4) DEFAULT '0' NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capital_arrivals_project_id_year_month_pk" PRIMARY KEY("project_id","year","month"),
	CONSTRAINT "capital_arrivals_month_check" CHECK ("capital_arrivals"."month" between 1 and 12 and "capital_arrivals"."year" between 2000 and 2100),
	CONSTRAINT "capital_arrivals_amounts_check" CHECK ("capital_arrivals"."domestic_wan" >= 0 and "capital_arrivals"."foreign_usd_wan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "capital_unit_months" (
	"unit_id" integer NOT NULL,
	"ym" integer NOT NULL,
	"domestic_wan" numeric(20, 4) DEFAULT '0' NOT NULL,
	"foreign_usd_wan" numeric(20, 4) DEFAULT '0' NOT NULL,
	"agreed_yuan" bigint DEFAULT 0 NOT NULL,
	"agreed_foreign_usd_wan" numeric(20, 4) DEFAULT '0' NOT NULL,
	CONSTRAINT "capital_unit_months_unit_id_ym_pk" PRIMARY KEY("unit_id","ym")
);
--> statement-breakpoint
CREATE TABLE "innovation_carriers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"host_unit_id" integer NOT NULL,
	"operator" text,
	"recognized_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"notes" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_carriers_kind_check" CHECK ("innovation_carriers"."kind" in ('complex','incubator','maker_space','maker_community','star_space')),
	CONSTRAINT "innovation_carriers_level_check" CHECK ("innovation_carriers"."level" in ('national','provincial','city')),
	CONSTRAINT "innovation_carriers_status_check" CHECK ("innovation_carriers"."status" in ('active','revoked'))
);
--> statement-breakpoint
CREATE TABLE "iur_agreements" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"university" text NOT NULL,
	"kind" text NOT NULL,
	"partner_unit_id" integer,
	"partner_company_id" integer,
	"partner_text" text,
	"unit_id" integer NOT NULL,
	"signed_on" date NOT NULL,
	"amount_wan" numeric(18, 4) DEFAULT '0' NOT NULL,
	"talents" integer DEFAULT 0 NOT NULL,
	"source_event_id" integer,
	"notes" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iur_agreements_kind_check" CHECK ("iur_agreements"."kind" in ('school_local','school_enterprise','other')),
	CONSTRAINT "iur_agreements_partner_check" CHECK (("iur_agreements"."kind" = 'school_local' and "iur_agreements"."partner_unit_id" is not null)
        or ("iur_agreements"."kind" = 'school_enterprise' and "iur_agreements"."partner_company_id" is not null)
        or ("iur_agreements"."kind" = 'other' and "iur_agreements"."partner_text" is not null)),
	CONSTRAINT "iur_agreements_amounts_check" CHECK ("iur_agreements"."amount_wan" >= 0 and "iur_agreements"."talents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "iur_reported_totals" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"total" integer NOT NULL,
	"school_local" integer NOT NULL,
	"school_enterprise" integer NOT NULL,
	"other" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iur_reported_totals_check" CHECK (least("iur_reported_totals"."total", "iur_reported_totals"."school_local", "iur_reported_totals"."school_enterprise", "iur_reported_totals"."other") >= 0)
);
--> statement-breakpoint
ALTER TABLE "capital_arrivals" ADD CONSTRAINT "capital_arrivals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_arrivals" ADD CONSTRAINT "capital_arrivals_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_unit_months" ADD CONSTRAINT "capital_unit_months_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_carriers" ADD CONSTRAINT "innovation_carriers_host_unit_id_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_carriers" ADD CONSTRAINT "innovation_carriers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iur_agreements" ADD CONSTRAINT "iur_agreements_partner_unit_id_units_id_fk" FOREIGN KEY ("partner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iur_agreements" ADD CONSTRAINT "iur_agreements_partner_company_id_companies_id_fk" FOREIGN KEY ("partner_company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iur_agreements" ADD CONSTRAINT "iur_agreements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iur_agreements" ADD CONSTRAINT "iur_agreements_source_event_id_events_id_fk" FOREIGN KEY ("source_event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iur_agreements" ADD CONSTRAINT "iur_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capital_unit_months_ym_idx" ON "capital_unit_months" USING btree ("ym","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "innovation_carriers_name_kind_key" ON "innovation_carriers" USING btree ("name","kind");--> statement-breakpoint
CREATE INDEX "innovation_carriers_host_idx" ON "innovation_carriers" USING btree ("host_unit_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "iur_agreements_key" ON "iur_agreements" USING btree ("title","university","signed_on");--> statement-breakpoint
CREATE INDEX "iur_agreements_signed_idx" ON "iur_agreements" USING btree ("signed_on","id");--> statement-breakpoint
CREATE INDEX "iur_agreements_unit_idx" ON "iur_agreements" USING btree ("unit_id","signed_on");--> statement-breakpoint
CREATE INDEX "iur_agreements_event_idx" ON "iur_agreements" USING btree ("source_event_id") WHERE "iur_agreements"."source_event_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "iur_reported_totals_key" ON "iur_reported_totals" USING btree ("source","period_from","period_to");