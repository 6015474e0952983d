CREATE TABLE "account_signing_keys" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_consents" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_consents_user_id_kind_subject_pk" PRIMARY KEY("user_id","kind","subject")
);
--> statement-breakpoint
CREATE TABLE "ai_content_bands" (
	"account_id" uuid NOT NULL,
	"band" text NOT NULL,
	"content_id" uuid NOT NULL,
	CONSTRAINT "ai_content_bands_account_id_band_content_id_pk" PRIMARY KEY("account_id","band","content_id")
);
--> statement-breakpoint
CREATE TABLE "ai_contents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"surface" text NOT NULL,
	"initiator" jsonb NOT NULL,
	"technology_id" text NOT NULL,
	"model" text NOT NULL,
	"text" text NOT NULL,
	"output" jsonb,
	"content_hash" text NOT NULL,
	"minhash" integer[] NOT NULL,
	"manifest" jsonb NOT NULL,
	"signature" text NOT NULL,
	"label" text NOT NULL,
	"advisory" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_policies" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"blocked_technology_ids" text[] DEFAULT '{}' NOT NULL,
	"mask_types" text[],
	"data_use_opt_in" boolean DEFAULT false NOT NULL,
	"reduced_performance" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid,
	"initiator" jsonb NOT NULL,
	"surface" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"code" text,
	"technology_id" text,
	"region" text,
	"model" text,
	"decisions" jsonb NOT NULL,
	"data_categories" text[] DEFAULT '{}' NOT NULL,
	"masked" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" double precision,
	"advisory" boolean DEFAULT false NOT NULL,
	"content_id" uuid,
	"latency_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_restrictions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"surface" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_terms_versions" (
	"account_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_terms_versions_account_id_version_pk" PRIMARY KEY("account_id","version")
);
--> statement-breakpoint
CREATE TABLE "ai_user_blocks" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"blocked_by" uuid,
	"blocked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_heads" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_ledger" (
	"account_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"entry" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_ledger_account_id_seq_pk" PRIMARY KEY("account_id","seq")
);
--> statement-breakpoint
CREATE TABLE "pii_vaults" (
	"account_id" uuid NOT NULL,
	"scope_id" text NOT NULL,
	"sealed" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pii_vaults_account_id_scope_id_pk" PRIMARY KEY("account_id","scope_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"name" text PRIMARY KEY NOT NULL,
	"limits" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_buckets" (
	"account_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"metric" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"used" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_buckets_account_id_scope_metric_bucket_pk" PRIMARY KEY("account_id","scope","metric","bucket")
);
--> statement-breakpoint
ALTER TABLE "account_signing_keys" ADD CONSTRAINT "account_signing_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_consents" ADD CONSTRAINT "ai_consents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_consents" ADD CONSTRAINT "ai_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_content_bands" ADD CONSTRAINT "ai_content_bands_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_content_bands" ADD CONSTRAINT "ai_content_bands_content_id_ai_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."ai_contents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_contents" ADD CONSTRAINT "ai_contents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_policies" ADD CONSTRAINT "ai_policies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_requests" ADD CONSTRAINT "ai_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_requests" ADD CONSTRAINT "ai_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_restrictions" ADD CONSTRAINT "ai_restrictions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_restrictions" ADD CONSTRAINT "ai_restrictions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_terms_versions" ADD CONSTRAINT "ai_terms_versions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_terms_versions" ADD CONSTRAINT "ai_terms_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_user_blocks" ADD CONSTRAINT "ai_user_blocks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_user_blocks" ADD CONSTRAINT "ai_user_blocks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_user_blocks" ADD CONSTRAINT "ai_user_blocks_blocked_by_users_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_heads" ADD CONSTRAINT "audit_heads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_ledger" ADD CONSTRAINT "audit_ledger_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pii_vaults" ADD CONSTRAINT "pii_vaults_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_buckets" ADD CONSTRAINT "usage_buckets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_contents_hash" ON "ai_contents" USING btree ("account_id","content_hash");--> statement-breakpoint
CREATE INDEX "ai_requests_account_time" ON "ai_requests" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "ai_requests_user_time" ON "ai_requests" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_restrictions_subject" ON "ai_restrictions" USING btree ("account_id","subject_type","subject_id",coalesce("surface", ''));--> statement-breakpoint
INSERT INTO "plans" ("name", "limits") VALUES
  ('free', '{"requestsPerHour":100,"requestsPerDay":500,"tokensPerMonth":1000000,"agentRunsPerDay":20,"perUser":{"requestsPerHour":50,"requestsPerDay":200,"tokensPerMonth":250000}}'),
  ('standard', '{"requestsPerHour":600,"requestsPerDay":5000,"tokensPerMonth":20000000,"agentRunsPerDay":500,"perUser":{"requestsPerHour":120,"requestsPerDay":1000,"tokensPerMonth":2000000}}'),
  ('professional', '{"requestsPerHour":600,"requestsPerDay":10000,"tokensPerMonth":100000000,"agentRunsPerDay":2000,"perUser":{"requestsPerHour":200,"requestsPerDay":2000,"tokensPerMonth":10000000}}'),
  ('enterprise', '{"requestsPerHour":2000,"requestsPerDay":40000,"tokensPerMonth":500000000,"agentRunsPerDay":10000,"perUser":{"requestsPerHour":600,"requestsPerDay":5000,"tokensPerMonth":50000000}}')
ON CONFLICT ("name") DO NOTHING;
