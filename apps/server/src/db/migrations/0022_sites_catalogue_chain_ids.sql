ALTER TABLE "catalogue_entries" ADD COLUMN "chain_id" integer;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD COLUMN "segment_id" integer;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "chain_id" integer;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "segment_id" integer;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sites_chain_idx" ON "sites" USING btree ("chain_id") WHERE "sites"."chain_id" is not null;