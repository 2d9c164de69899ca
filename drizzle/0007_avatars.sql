CREATE TABLE "avatars" (
	"user_id" text PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "avatars_content_type" CHECK ("avatars"."content_type" = 'image/webp'),
	CONSTRAINT "avatars_byte_size" CHECK ("avatars"."byte_size" between 1 and 262144 and "avatars"."byte_size" = octet_length("avatars"."data"))
);
--> statement-breakpoint
ALTER TABLE "avatars" ADD CONSTRAINT "avatars_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;