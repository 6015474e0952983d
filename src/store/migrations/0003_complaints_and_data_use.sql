CREATE TABLE "ai_complaints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"content_id" uuid NOT NULL,
	"reported_by" uuid,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_human_decisions" (
	"content_id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"decided_by" uuid,
	"decision" text NOT NULL,
	"note" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_policies" ADD COLUMN "data_use_opt_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ai_complaints" ADD CONSTRAINT "ai_complaints_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_complaints" ADD CONSTRAINT "ai_complaints_content_id_ai_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."ai_contents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_complaints" ADD CONSTRAINT "ai_complaints_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_complaints" ADD CONSTRAINT "ai_complaints_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_human_decisions" ADD CONSTRAINT "ai_human_decisions_content_id_ai_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."ai_contents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_human_decisions" ADD CONSTRAINT "ai_human_decisions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_human_decisions" ADD CONSTRAINT "ai_human_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_complaints_account_status" ON "ai_complaints" USING btree ("account_id","status");