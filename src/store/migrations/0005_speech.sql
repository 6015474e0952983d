CREATE TABLE "speech_chunks" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"channel" smallint,
	"start_sec" real NOT NULL,
	"end_sec" real NOT NULL,
	"text" text,
	"segments" jsonb,
	"content_id" uuid,
	"technology_id" text,
	"done_at" timestamp with time zone,
	CONSTRAINT "speech_chunks_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
--> statement-breakpoint
CREATE TABLE "speech_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"recording_path" text NOT NULL,
	"requested_by" uuid,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"stage" text DEFAULT 'queued' NOT NULL,
	"language" text,
	"technology_id" text,
	"duration_sec" real,
	"channels" smallint,
	"chunks_total" integer DEFAULT 0 NOT NULL,
	"chunks_done" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_code" text,
	"error_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "transcript_origin" jsonb;--> statement-breakpoint
ALTER TABLE "speech_chunks" ADD CONSTRAINT "speech_chunks_job_id_speech_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."speech_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speech_jobs" ADD CONSTRAINT "speech_jobs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speech_jobs" ADD CONSTRAINT "speech_jobs_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speech_jobs" ADD CONSTRAINT "speech_jobs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speech_jobs_call" ON "speech_jobs" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE INDEX "speech_jobs_claim" ON "speech_jobs" USING btree ("status","run_after");--> statement-breakpoint
CREATE UNIQUE INDEX "speech_jobs_one_active" ON "speech_jobs" USING btree ("call_id") WHERE status in ('queued', 'running');