CREATE TABLE "handovers" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"from_user_id" integer NOT NULL,
	"to_user_id" integer NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ended_posting_id" integer,
	"note" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handovers_distinct_check" CHECK ("handovers"."from_user_id" <> "handovers"."to_user_id")
);
--> statement-breakpoint
CREATE TABLE "rotation_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_rounds_dates_check" CHECK ("rotation_rounds"."ends_on" > "rotation_rounds"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "secondments" ADD COLUMN "round_id" integer;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_ended_posting_id_secondments_id_fk" FOREIGN KEY ("ended_posting_id") REFERENCES "public"."secondments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_rounds" ADD CONSTRAINT "rotation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handovers_unit_idx" ON "handovers" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_rounds_name_key" ON "rotation_rounds" USING btree ("name");--> statement-breakpoint
ALTER TABLE "secondments" ADD CONSTRAINT "secondments_round_id_rotation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rotation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "secondments_round_idx" ON "secondments" USING btree ("round_id","to_unit_id") WHERE "secondments"."round_id" is not null;