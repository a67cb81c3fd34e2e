ALTER TABLE "companies" ADD COLUMN "name_initials" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "companies_name_initials_idx" ON "companies" USING btree ("name_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "companies_normalised_name_trgm" ON "companies" USING gin ("normalised_name" gin_trgm_ops);