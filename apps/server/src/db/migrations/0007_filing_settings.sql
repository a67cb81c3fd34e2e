CREATE TABLE "filing_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"period_months" integer DEFAULT 6 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "filing_settings" ("id", "period_months") VALUES (1, 6);
