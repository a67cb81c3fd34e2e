CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text DEFAULT 'office' NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_kind_check" CHECK ("calendar_days"."kind" in ('holiday','workday')),
	CONSTRAINT "calendar_days_source_check" CHECK ("calendar_days"."source" in ('seed','office')),
	CONSTRAINT "calendar_days_workday_weekend_check" CHECK ("calendar_days"."kind" <> 'workday' or extract(isodow from "calendar_days"."day") >= 6)
);
--> statement-breakpoint
CREATE TABLE "calendar_seeded_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;