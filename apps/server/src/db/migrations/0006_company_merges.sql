CREATE TABLE "company_merges" (
	"id" serial PRIMARY KEY NOT NULL,
	"survivor_id" integer NOT NULL,
	"merged_id" integer NOT NULL,
	"reason" text NOT NULL,
	"moved" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" integer,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_survivor_id_companies_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_merged_id_companies_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;