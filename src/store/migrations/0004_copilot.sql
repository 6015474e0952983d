CREATE TABLE "copilot_autofills" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid,
	"content_id" uuid NOT NULL,
	"label" text NOT NULL,
	"deal_version" integer NOT NULL,
	"proposals" jsonb NOT NULL,
	"contact_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"accepted_fields" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_chat_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"chat_id" uuid NOT NULL,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"content_id" uuid,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_chats" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role_ref" text NOT NULL,
	"entity_type" text,
	"entity_id" uuid,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"content_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"surface" text NOT NULL,
	"technology_id" text,
	"preprompt_ref" text,
	"preprompt_version" integer,
	"rating" smallint,
	"comment" text,
	"outcome" text,
	"shared_at" timestamp with time zone,
	"shared_input" text,
	"shared_output" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_hints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cache_key" text NOT NULL,
	"on_behalf_of" uuid,
	"trigger" text NOT NULL,
	"source_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"content_id" uuid,
	"label" text,
	"text" text,
	"output" jsonb,
	"technology_id" text,
	"model" text,
	"error_code" text,
	"error_message" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_interactions" (
	"content_id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid,
	"surface" text NOT NULL,
	"placement" text NOT NULL,
	"preprompt_ref" text NOT NULL,
	"preprompt_version" integer NOT NULL,
	"technology_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_preprompt_versions" (
	"preprompt_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"template" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "copilot_preprompt_versions_preprompt_id_version_pk" PRIMARY KEY("preprompt_id","version")
);
--> statement-breakpoint
CREATE TABLE "copilot_preprompts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"owner_id" uuid,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"placement" text NOT NULL,
	"section" text NOT NULL,
	"template" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_roles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"owner_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"instructions" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copilot_trigger_settings" (
	"account_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "copilot_trigger_settings_account_id_trigger_pk" PRIMARY KEY("account_id","trigger")
);
--> statement-breakpoint
ALTER TABLE "feed_posts" ADD COLUMN "ai_content_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "ai_content_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "description_ai_content_id" uuid;--> statement-breakpoint
ALTER TABLE "copilot_autofills" ADD CONSTRAINT "copilot_autofills_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_autofills" ADD CONSTRAINT "copilot_autofills_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_autofills" ADD CONSTRAINT "copilot_autofills_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_chat_messages" ADD CONSTRAINT "copilot_chat_messages_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_chat_messages" ADD CONSTRAINT "copilot_chat_messages_chat_id_copilot_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."copilot_chats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_chats" ADD CONSTRAINT "copilot_chats_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_chats" ADD CONSTRAINT "copilot_chats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_feedback" ADD CONSTRAINT "copilot_feedback_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_feedback" ADD CONSTRAINT "copilot_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_hints" ADD CONSTRAINT "copilot_hints_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_hints" ADD CONSTRAINT "copilot_hints_on_behalf_of_users_id_fk" FOREIGN KEY ("on_behalf_of") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_interactions" ADD CONSTRAINT "copilot_interactions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_interactions" ADD CONSTRAINT "copilot_interactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_preprompt_versions" ADD CONSTRAINT "copilot_preprompt_versions_preprompt_id_copilot_preprompts_id_fk" FOREIGN KEY ("preprompt_id") REFERENCES "public"."copilot_preprompts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_preprompt_versions" ADD CONSTRAINT "copilot_preprompt_versions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_preprompt_versions" ADD CONSTRAINT "copilot_preprompt_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_preprompts" ADD CONSTRAINT "copilot_preprompts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_preprompts" ADD CONSTRAINT "copilot_preprompts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_preprompts" ADD CONSTRAINT "copilot_preprompts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_roles" ADD CONSTRAINT "copilot_roles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_roles" ADD CONSTRAINT "copilot_roles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_roles" ADD CONSTRAINT "copilot_roles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_trigger_settings" ADD CONSTRAINT "copilot_trigger_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "copilot_trigger_settings" ADD CONSTRAINT "copilot_trigger_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "copilot_autofills_deal" ON "copilot_autofills" USING btree ("account_id","deal_id","created_at");--> statement-breakpoint
CREATE INDEX "copilot_chat_messages_chat" ON "copilot_chat_messages" USING btree ("chat_id","created_at");--> statement-breakpoint
CREATE INDEX "copilot_chats_user" ON "copilot_chats" USING btree ("account_id","user_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "copilot_feedback_content_user" ON "copilot_feedback" USING btree ("content_id","user_id");--> statement-breakpoint
CREATE INDEX "copilot_feedback_account" ON "copilot_feedback" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "copilot_hints_entity_kind" ON "copilot_hints" USING btree ("account_id","entity_type","entity_id","kind");--> statement-breakpoint
CREATE INDEX "copilot_hints_pending" ON "copilot_hints" USING btree ("requested_at") WHERE status in ('pending', 'running');--> statement-breakpoint
CREATE INDEX "copilot_interactions_account" ON "copilot_interactions" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "copilot_preprompts_code" ON "copilot_preprompts" USING btree ("account_id","scope",coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid),"code");--> statement-breakpoint
CREATE INDEX "copilot_roles_account" ON "copilot_roles" USING btree ("account_id","scope");