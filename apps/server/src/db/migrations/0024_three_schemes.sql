CREATE TABLE "visit_logs" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"party" text NOT NULL,
	"place" text NOT NULL,
	"notes" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_schemes" ADD COLUMN "key" text DEFAULT 'host' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_schemes" DROP CONSTRAINT "assessment_schemes_pkey";--> statement-breakpoint
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_year_key_pk" PRIMARY KEY("year","key");--> statement-breakpoint
ALTER TABLE "unit_targets" ADD COLUMN "visits" integer;--> statement-breakpoint
ALTER TABLE "unit_targets" ADD COLUMN "post_days" integer;--> statement-breakpoint
ALTER TABLE "visit_logs" ADD CONSTRAINT "visit_logs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_logs" ADD CONSTRAINT "visit_logs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_logs_unit_date_idx" ON "visit_logs" USING btree ("unit_id","visited_on");--> statement-breakpoint
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_key_check" CHECK ("assessment_schemes"."key" in ('host', 'department', 'bureau'));