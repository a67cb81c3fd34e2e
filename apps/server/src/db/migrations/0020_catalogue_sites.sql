CREATE TABLE "catalogue_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text,
	"description_zh" text,
	"description_en" text,
	"chain" text,
	"investment_wan" numeric(18, 4),
	"land_mu" numeric(12, 2),
	"host_unit_id" integer NOT NULL,
	"contact" text,
	"status" text DEFAULT 'offered' NOT NULL,
	"source_event_id" integer,
	"lead_id" integer,
	"project_id" integer,
	"signed_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_entries_status_check" CHECK ("catalogue_entries"."status" in ('offered', 'in_talks', 'signed')),
	CONSTRAINT "catalogue_entries_signed_check" CHECK (("catalogue_entries"."status" = 'signed') = ("catalogue_entries"."project_id" is not null)),
	CONSTRAINT "catalogue_entries_amounts_check" CHECK (("catalogue_entries"."investment_wan" is null or "catalogue_entries"."investment_wan" >= 0) and ("catalogue_entries"."land_mu" is null or "catalogue_entries"."land_mu" >= 0))
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"zone" text,
	"owner_unit_id" integer NOT NULL,
	"use" text NOT NULL,
	"area_mu" numeric(12, 2),
	"floor_area_m2" numeric(14, 2),
	"price_wan_per_mu" numeric(14, 4),
	"power_kva" integer,
	"chain" text,
	"status" text DEFAULT 'available' NOT NULL,
	"notes" text,
	"confirmed_on" date,
	"confirmed_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_kind_check" CHECK ("sites"."kind" in ('parcel', 'factory', 'building')),
	CONSTRAINT "sites_use_check" CHECK ("sites"."use" in ('industrial', 'commercial', 'mixed', 'research', 'warehouse')),
	CONSTRAINT "sites_status_check" CHECK ("sites"."status" in ('available', 'reserved', 'occupied')),
	CONSTRAINT "sites_amounts_check" CHECK (("sites"."area_mu" is null or "sites"."area_mu" >= 0) and ("sites"."floor_area_m2" is null or "sites"."floor_area_m2" >= 0)
        and ("sites"."price_wan_per_mu" is null or "sites"."price_wan_per_mu" >= 0) and ("sites"."power_kva" is null or "sites"."power_kva" >= 0)),
	CONSTRAINT "sites_area_check" CHECK ("sites"."area_mu" is not null or "sites"."floor_area_m2" is not null)
);
--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_host_unit_id_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_source_event_id_events_id_fk" FOREIGN KEY ("source_event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_name_key" ON "catalogue_entries" USING btree ("name_zh");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_project_key" ON "catalogue_entries" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "catalogue_entries_host_idx" ON "catalogue_entries" USING btree ("host_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sites_owner_kind_name_key" ON "sites" USING btree ("owner_unit_id","kind","name");--> statement-breakpoint
CREATE INDEX "sites_status_idx" ON "sites" USING btree ("status","kind");