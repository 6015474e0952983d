CREATE TABLE "ai_surface_settings" (
	"account_id" uuid NOT NULL,
	"surface" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"default_technology_id" text DEFAULT 'local' NOT NULL,
	"allowed_technology_ids" text[] DEFAULT '{local}' NOT NULL,
	"fallback_technology_ids" text[] DEFAULT '{local}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ai_surface_settings_account_id_surface_pk" PRIMARY KEY("account_id","surface")
);
--> statement-breakpoint
CREATE TABLE "ai_technologies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text,
	"api_key_encrypted" text,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"default_model" text,
	"region" text DEFAULT '' NOT NULL,
	"terms_url" text,
	"terms_accepted_by" uuid,
	"terms_accepted_at" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"last_test" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_user_preferences" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"surface" text NOT NULL,
	"technology_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_user_preferences_user_id_surface_pk" PRIMARY KEY("user_id","surface")
);
--> statement-breakpoint
ALTER TABLE "ai_surface_settings" ADD CONSTRAINT "ai_surface_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_technologies" ADD CONSTRAINT "ai_technologies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_technologies" ADD CONSTRAINT "ai_technologies_terms_accepted_by_users_id_fk" FOREIGN KEY ("terms_accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_technologies" ADD CONSTRAINT "ai_technologies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_user_preferences" ADD CONSTRAINT "ai_user_preferences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_user_preferences" ADD CONSTRAINT "ai_user_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_technologies_account_name" ON "ai_technologies" USING btree ("account_id",lower("name"));