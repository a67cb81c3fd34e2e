CREATE TABLE "companies" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"normalised_name" text NOT NULL,
	"similarity_key" text NOT NULL,
	"uscc" text,
	"investor_type" text,
	"country_region" text,
	"industry_code" text,
	"headquarters" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"group_id" integer,
	"merged_into_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_investor_type_check" CHECK ("companies"."investor_type" is null or "companies"."investor_type" in ('central_soe','local_soe','fortune500','top50','private','foreign','hmt','other'))
);
--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_group_id_companies_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_merged_into_id_companies_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_uscc_key" ON "companies" USING btree ("uscc") WHERE "companies"."uscc" is not null and "companies"."merged_into_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_normalised_name_key" ON "companies" USING btree ("normalised_name") WHERE "companies"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "companies_similarity_key_trgm" ON "companies" USING gin ("similarity_key" gin_trgm_ops);