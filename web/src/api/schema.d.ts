// Generated from docs/api/openapi.yaml by openapi-typescript (npm run api:generate); do not edit.
// src/api/contract.ts names what the app uses of it.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the server and its database answer. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Give the server's version. */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Give this OpenAPI document as JSON. */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Say who is signed in and give the CSRF token. */
        get: operations["getSession"];
        put?: never;
        /** Sign in with email, password and, when enrolled, a TOTP code. */
        post: operations["signIn"];
        /** Sign out and end this session. */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (ends your other sessions). */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Work out the statutory duties an incident triggers. */
        post: operations["assessIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/colleagues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Name the partnership's users, to show who did what.
         * @description Every user of the caller's partnership, disabled ones included (records name them), by id: the id and display name only. Stage history, decisions, uploads, progress updates and ratings carry user ids.
         */
        get: operations["listColleagues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the partnership's users. */
        get: operations["listUsers"];
        put?: never;
        /** Add a user, who gets a one-time password. */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user and end their sessions. */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a user a new one-time password and end their sessions. */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events, oldest first, a page at a time. */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the partnership's background jobs, newest first, a page at a time.
         * @description Jobs run beside the server, never on a request's worker, and are kept in the database, so a restart loses none. A failed attempt is retried after 30 seconds, doubling to at most 6 hours, until `max_attempts`; a job that can never succeed fails at once. A payload holds record ids only.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a failed job again, now, with fresh attempts. */
        post: operations["retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the partnership's agencies. */
        get: operations["listAgencies"];
        put?: never;
        /** Add an agency to the partnership. */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a referral, assess its facts and open its review. */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The referral's id. */
                id: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        /** Read a referral with its current and earlier assessments. */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The referral's id. */
                id: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Correct a referral's facts and assess them again. */
        put: operations["replaceReferralFacts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the reviews you may see, a page at a time. */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /** Read a review (agency leads get a summary only). */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a review's pseudonym, restriction or key dates. */
        patch: operations["editReview"];
        trace?: never;
    };
    "/api/reviews/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a review to another stage, pause or resume it. */
        post: operations["changeReviewStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the partnership's decision on whether and how to review. */
        post: operations["recordDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/sign-offs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off the latest version of the review's final report, as a safeguarding partner.
         * @description Records who signed off which version of the final report, and when. The review must be at the sign_off stage; moving it to publication needs a sign-off of the latest version, so a newer version is signed again. Each partner signs a version once.
         */
        post: operations["signOffReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/terms-of-reference": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set a review's terms of reference. */
        put: operations["setTermsOfReference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set which agencies are involved in a review. */
        put: operations["setReviewAgencies"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/member-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /**
         * List the people who may be assigned to a review (coordinators and admins).
         * @description The active users of the partnership, by name, each saying whether they work for an agency involved in the review: appointing such a person as the reviewer needs a written `independence_override`.
         */
        get: operations["listMemberCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a user to a review as a member or reviewer. */
        post: operations["assignReviewMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
                /** @description The assigned user's id. */
                user_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user from a review. */
        delete: operations["unassignReviewMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/family-involvement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record contact with a family member. */
        post: operations["addFamilyInvolvement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/practitioner-events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record how practitioners took part. */
        post: operations["addPractitionerEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /** List the people in a case, with their protected identifiers. */
        get: operations["listPeopleInCase"];
        put?: never;
        /** Add a person to a case, with the label they get in publications. */
        post: operations["addPersonInCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/quality-markers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /** List the 18 quality markers and their ratings for a review. */
        get: operations["listQualityMarkers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/quality-markers/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
                /** @description The marker's number. */
                number: number;
            };
            cookie?: never;
        };
        get?: never;
        /** Rate one quality marker of a review. */
        put: operations["rateQualityMarker"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the milestones of your reviews falling due soon (or overdue). */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count your reviews by stage and your actions by RAG rating ("Your work").
         * @description Counts what the caller may see: the reviews of GET /api/reviews, and the actions of GET /api/actions (an agency lead's are their agency's alone), rated as of today in the UK with the partnership's RAG thresholds.
         */
        get: operations["summariseWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /** List a review's findings. */
        get: operations["listFindings"];
        put?: never;
        /** Add a finding to a review. */
        post: operations["addFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /** List a review's recommendations, each with its actions. */
        get: operations["listRecommendations"];
        put?: never;
        /** Add a recommendation to a review. */
        post: operations["addRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recommendations/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recommendation's id. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an agency's action to a recommendation. */
        post: operations["addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the actions you may see, a page at a time. */
        get: operations["listActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The action's id. */
                id: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        /** Read an action with its progress updates. */
        get: operations["getAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action's agency, owner, wording, due date or status. */
        patch: operations["editAction"];
        trace?: never;
    };
    "/api/actions/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The action's id. */
                id: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress on an action (a note, a new status, or both). */
        post: operations["addActionProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnership/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the partnership's RAG thresholds. */
        get: operations["getPartnershipSettings"];
        /** Set the partnership's RAG thresholds. */
        put: operations["setPartnershipSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /** List a review's documents (agency leads see their agency's). */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Create a document of a review (its content comes as versions).
         * @description Whoever may edit the review may create documents; an agency lead may create their own agency's `agency_report`.
         */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id. */
                id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /** Read a document's record and its versions. */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id. */
                id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a new version of a document (the raw file as the body).
         * @description The body is the file itself. Its type is sniffed from its bytes (PDF,
         *     Word, Excel, PowerPoint, OpenDocument text, RTF, PNG, JPEG, plain
         *     text); anything else is refused, and so is a file that also holds
         *     HTML or script markup. A Word, Excel, PowerPoint or OpenDocument file
         *     must be a sound package (its ZIP directory, its content types and its
         *     main part; no macros, web pages or programs inside; no ZIP bomb): a
         *     400 on `file` says what is wrong. The limit is `--max-document-bytes`
         *     (50 MB by default) rather than the server's usual body limit.
         */
        post: operations["uploadDocumentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id. */
                id: components["parameters"]["DocumentId"];
                /** @description The version's number (1, 2, ...). */
                number: number;
            };
            cookie?: never;
        };
        /** Download one version of a document. */
        get: operations["downloadDocumentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem. */
        Problem: {
            /** @example urn:casereview:problem:invalid */
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        /**
         * Format: date
         * @description A civil date, `YYYY-MM-DD`.
         */
        Date: string;
        /** Format: date */
        NullableDate: string | null;
        /** @description A UTC instant. */
        Instant: string;
        /** @description The body of an answer repeating an earlier request with the same Idempotency-Key (marked `Idempotent-Replayed: true`): where the record is, which is read there. */
        Replayed: {
            /** @constant */
            replayed: true;
            location: string | null;
        };
        Health: {
            /** @enum {unknown} */
            status: "ok" | "unavailable";
            version: string;
            /** @enum {unknown} */
            database: "ok" | "unavailable";
        };
        /** @enum {unknown} */
        Role: "admin" | "coordinator" | "panel_member" | "partner" | "reviewer" | "agency_lead";
        SignIn: {
            email: string;
            password: string;
            /** @description The 6-digit code from the authenticator app, when the account has a second factor; each 30-second step's code is accepted once. */
            totp_code?: string;
        };
        Session: {
            /** @constant */
            signed_in: true;
            user: {
                id: number;
                email: string;
                display_name: string;
                roles: components["schemas"]["Role"][];
                agency_id: number | null;
                partnership_id: number;
            };
            csrf_token: string;
            password_change_required: boolean;
            expires_at: components["schemas"]["Instant"];
        };
        User: {
            id: number;
            email: string;
            display_name: string;
            roles: components["schemas"]["Role"][];
            agency_id: number | null;
            disabled: boolean;
            totp_enrolled: boolean;
            password_change_required: boolean;
            created_at: components["schemas"]["Instant"];
        };
        NewUser: {
            email: string;
            display_name: string;
            roles: components["schemas"]["Role"][];
            /** @description Required for an agency lead. */
            agency_id?: number;
        };
        AuditEvent: {
            seq: number;
            at: components["schemas"]["Instant"];
            /**
             * @example user:12
             * @example system
             * @example anonymous
             */
            actor: string;
            /**
             * @example session.created
             * @example document.downloaded
             */
            action: string;
            target_type: string;
            target_id: string;
            client_address: string;
            detail: {
                [key: string]: string;
            };
            /** @description Lower-case hex SHA-256 chaining this event to the previous one. */
            hash: string;
        };
        /** @enum {unknown} */
        JobState: "queued" | "running" | "done" | "failed";
        Job: {
            id: number;
            /** @example document.extract_text */
            kind: string;
            /** @description The ids the job works on, e.g. `{"document_version_id": 12}`. */
            payload: {
                [key: string]: number;
            };
            state: components["schemas"]["JobState"];
            /** @description Attempts begun */
            attempts: number;
            max_attempts: number;
            run_after: components["schemas"]["Instant"];
            /** @description While running: when the worker's hold ends and another may take the job. */
            lease_until: string | null;
            /** @description What the last failed attempt reported. */
            last_error: string | null;
            created_at: components["schemas"]["Instant"];
            updated_at: components["schemas"]["Instant"];
        };
        /** @enum {unknown} */
        Nation: "england" | "wales" | "scotland" | "northern_ireland";
        /** @enum {unknown} */
        Subject: "child" | "adult";
        /** @description The facts of a serious incident, as `POST /api/assess` and referrals take them. */
        IncidentFacts: {
            nation: components["schemas"]["Nation"];
            subject: components["schemas"]["Subject"];
            /** @enum {unknown} */
            outcome: "died" | "seriously_harmed" | "harmed" | "none";
            /**
             * @default not_suspected
             * @enum {unknown}
             */
            abuse_or_neglect?: "known" | "suspected" | "not_suspected";
            /** @enum {unknown} */
            perpetrator_relationship?: "relative" | "intimate_partner" | "household_member" | "other" | "unknown";
            age_years?: number;
            incident_date: components["schemas"]["Date"];
            /** @description The incident date when absent. */
            aware_date?: components["schemas"]["Date"];
            notification_date?: components["schemas"]["Date"];
            /** @default false */
            concern_about_agencies_working_together?: boolean;
            /** @default false */
            in_custody?: boolean;
            /** @default false */
            suspected_suicide?: boolean;
            /** @default false */
            looked_after?: boolean;
            /** @default false */
            care_leaver?: boolean;
            /** @default false */
            regulated_setting?: boolean;
            /** @default false */
            serious_sexual_abuse?: boolean;
            /** @default false */
            parent_killed_with_homicide_review?: boolean;
            /** @default false */
            killed_by_parent_with_mental_illness?: boolean;
            /** @default false */
            resident_in_area_harmed_outside_england?: boolean;
            /** @default false */
            care_and_support_needs?: boolean;
            /** @default false */
            child_protection_plan_or_looked_after_last_6_months?: boolean;
            /** @default false */
            sibling_on_register_or_looked_after?: boolean;
            /** @default false */
            outstanding_good_practice?: boolean;
        };
        /** @description What the law and guidance ask of the partnership; the partnership decides. */
        Assessment: {
            /** @example england-wt2023 */
            framework: string | null;
            framework_title: string;
            obligations: {
                /** @enum {unknown} */
                id: "notify_panel" | "notify_ofsted" | "notify_secretary_of_state" | "rapid_review" | "lcspr" | "national_review_referral" | "scr" | "notifiable_incident" | "cpr_concise" | "cpr_extended" | "apr" | "susr" | "learning_review" | "significant_case_review" | "cmr" | "sar" | "dhr" | "child_death_review" | "joint_agency_response";
                /** @enum {unknown} */
                level: "must" | "should" | "consider" | "may";
                basis: string;
                reasons: string[];
                due: components["schemas"]["NullableDate"];
                clock: string | null;
            }[];
            prompts: string[];
            notes: string[];
        };
        /** @enum {unknown} */
        AgencyKind: "childrens_social_care" | "police" | "health_commissioner" | "health_provider" | "education" | "early_years" | "probation" | "youth_justice" | "housing" | "adult_social_care" | "voluntary" | "other";
        Agency: {
            id: number;
            name: string;
            kind: components["schemas"]["AgencyKind"];
        };
        NewReferral: {
            /** @description The name the review is known by (never a real name). */
            pseudonym: string;
            referrer_name: string;
            referring_agency_id?: number;
            received_on: components["schemas"]["Date"];
            summary: string;
            /** @default false */
            restricted?: boolean;
            facts: components["schemas"]["IncidentFacts"];
        };
        ReferralAssessment: {
            id: number;
            assessed_at: components["schemas"]["Instant"];
            /** @description The user who entered the facts. */
            assessed_by: number | null;
            facts: components["schemas"]["IncidentFacts"];
            assessment: components["schemas"]["Assessment"];
        };
        Referral: {
            id: number;
            review_id: number;
            referring_agency_id: number | null;
            referrer_name: string;
            received_on: components["schemas"]["Date"];
            summary: string;
            created_at: components["schemas"]["Instant"];
            updated_at: components["schemas"]["Instant"];
            version: number;
            /** @description The current facts. */
            facts: components["schemas"]["IncidentFacts"] | null;
            /** @description The current assessment. */
            assessment: components["schemas"]["Assessment"] | null;
            /** @description Every assessment, newest first. */
            assessment_history: components["schemas"]["ReferralAssessment"][];
        };
        /** @enum {unknown} */
        Stage: "referral" | "rapid_review" | "decision" | "commissioning" | "information_gathering" | "analysis" | "drafting" | "quality_assurance" | "sign_off" | "publication" | "monitoring" | "closed" | "paused";
        /**
         * @description What the partnership decided; every outcome but `no_review` is also a type of review.
         * @enum {unknown}
         */
        DecisionOutcome: "rapid_review" | "lcspr" | "scr" | "sar" | "dhr" | "cpr" | "susr" | "learning_review" | "cmr" | "partnership_review" | "no_review";
        /** @enum {unknown} */
        MemberRole: "member" | "reviewer";
        /** @enum {unknown} */
        FamilyEvent: "invited" | "declined" | "met" | "informed_of_findings";
        /** @enum {unknown} */
        PractitionerEventKind: "learning_event" | "conversation" | "feedback";
        Milestone: {
            /** @enum {unknown} */
            id: "notification" | "rapid_review" | "decision" | "submission" | "publication";
            title: string;
            basis: string;
            due: components["schemas"]["NullableDate"];
            done_on: components["schemas"]["NullableDate"];
            /** @enum {unknown} */
            state: "done" | "overdue" | "due_soon" | "upcoming" | "not_due";
        };
        ReviewSummary: {
            id: number;
            referral_id: number;
            pseudonym: string;
            review_type: components["schemas"]["DecisionOutcome"] | null;
            framework: string | null;
            stage: components["schemas"]["Stage"];
            /** @description The stage a paused review left. */
            paused_from: components["schemas"]["Stage"] | null;
            restricted: boolean;
            nation: components["schemas"]["Nation"];
            subject: components["schemas"]["Subject"];
            milestones: components["schemas"]["Milestone"][];
            /** @description The open milestone due first. */
            next_deadline: components["schemas"]["Milestone"] | null;
            paused_days: number;
            updated_at: components["schemas"]["Instant"];
            version: number;
        };
        /** @description A review as its reader may see it. An agency lead gets the summary only (`summary_only` true); everyone else the whole review. */
        Review: components["schemas"]["SummaryOnlyReview"] | components["schemas"]["FullReview"];
        ReviewFlags: {
            may_edit: boolean;
            may_read_people: boolean;
        };
        /** @description What an agency lead reads of a review, the summary's fields and the three flags. */
        SummaryOnlyReview: components["schemas"]["ReviewSummary"] & components["schemas"]["ReviewFlags"] & {
            /** @constant */
            summary_only: true;
        };
        /** @description The whole review. */
        FullReview: components["schemas"]["ReviewSummary"] & components["schemas"]["ReviewFlags"] & {
            /** @constant */
            summary_only: false;
            dates: {
                aware_on: components["schemas"]["Date"];
                notified_on: components["schemas"]["NullableDate"];
                rapid_review_completed_on: components["schemas"]["NullableDate"];
                planned_publication_on: components["schemas"]["NullableDate"];
                submitted_on: components["schemas"]["NullableDate"];
                published_on: components["schemas"]["NullableDate"];
            };
            /** @description Why and since when the review is paused; null when it is not. */
            pause: {
                reason: string;
                since: components["schemas"]["NullableDate"];
            } | null;
            terms_of_reference: {
                scope_start: components["schemas"]["NullableDate"];
                scope_end: components["schemas"]["NullableDate"];
                lines_of_enquiry: string[];
                methodology: string;
                parallel_proceedings: string;
                agreed_on: components["schemas"]["NullableDate"];
                /** @description A scope period and at least one line of enquiry, which information gathering needs. */
                complete: boolean;
            };
            agencies: components["schemas"]["Agency"][];
            members: {
                user_id: number;
                display_name: string;
                agency_id: number | null;
                role: components["schemas"]["MemberRole"];
                /** @description The written reason a reviewer from an involved agency was appointed all the same. */
                independence_override: string | null;
                assigned_at: components["schemas"]["Instant"];
            }[];
            /** @description Newest first; the first counts. */
            decisions: {
                id: number;
                outcome: components["schemas"]["DecisionOutcome"];
                rationale: string;
                decided_by: string;
                decided_on: components["schemas"]["Date"];
                panel_told_on: components["schemas"]["NullableDate"];
                recorded_at: components["schemas"]["Instant"];
            }[];
            /** @description Oldest first. */
            stage_history: {
                from: components["schemas"]["Stage"] | null;
                to: components["schemas"]["Stage"];
                reason: string;
                by_user_id: number | null;
                at: components["schemas"]["Instant"];
            }[];
            /** @description The newest version of the review's final_report documents, which partners sign off. */
            final_report: null | {
                document_id: number;
                title: string;
                version_id: number;
                version_number: number;
                file_name: string;
            };
            /** @description Oldest first. */
            sign_offs: {
                id: number;
                signed_by: number;
                display_name: string;
                signed_at: components["schemas"]["Instant"];
                note: string;
                document_version_id: number;
                /** @description Whether the signed version is the final report's latest. */
                of_final_report: boolean;
            }[];
            family_involvement: {
                id: number;
                family_member: string;
                event: components["schemas"]["FamilyEvent"];
                on_date: components["schemas"]["Date"];
                note: string;
            }[];
            practitioner_events: {
                id: number;
                kind: components["schemas"]["PractitionerEventKind"];
                held_on: components["schemas"]["Date"];
                attendees: number;
                note: string;
            }[];
        };
        /** @description Absent fields are left alone; a date set to null is cleared. */
        ReviewEdit: {
            pseudonym?: string;
            restricted?: boolean;
            notified_on?: components["schemas"]["NullableDate"];
            rapid_review_completed_on?: components["schemas"]["NullableDate"];
            planned_publication_on?: components["schemas"]["NullableDate"];
            submitted_on?: components["schemas"]["NullableDate"];
            published_on?: components["schemas"]["NullableDate"];
        };
        /** @description The whole terms of reference; absent fields are stored empty. */
        TermsOfReferenceInput: {
            scope_start?: components["schemas"]["Date"];
            scope_end?: components["schemas"]["Date"];
            lines_of_enquiry?: string[];
            methodology?: string;
            parallel_proceedings?: string;
            agreed_on?: components["schemas"]["Date"];
        };
        Deadline: {
            review_id: number;
            pseudonym: string;
            stage: components["schemas"]["Stage"];
            milestone: components["schemas"]["Milestone"];
        };
        /** @description Someone in the case, with protected identifiers and the label used in publications. */
        Person: {
            id: number;
            real_name: string;
            aliases: string[];
            date_of_birth: components["schemas"]["NullableDate"];
            relationship: string;
            published_label: string;
            addresses: string[];
            settings: string[];
        };
        NewPerson: {
            real_name: string;
            aliases?: string[];
            date_of_birth?: components["schemas"]["Date"];
            relationship: string;
            published_label: string;
            addresses?: string[];
            settings?: string[];
        };
        /** @enum {unknown} */
        QualityRating: "met" | "partly_met" | "not_met" | "not_applicable";
        QualityMarkerRating: {
            marker: number;
            /** @enum {unknown} */
            group: "setting_up" | "running" | "outputs";
            title: string;
            statement: string;
            rating: components["schemas"]["QualityRating"] | null;
            evidence: string;
            rated_by: number | null;
            rated_at: string | null;
        };
        Themes: string[];
        /** @enum {unknown} */
        RecommendationTarget: "agency" | "partnership" | "national";
        /** @enum {unknown} */
        ActionStatus: "not_started" | "in_progress" | "completed" | "cancelled";
        /**
         * @description Computed from the status, the due date and the partnership's thresholds; never set.
         * @enum {unknown}
         */
        Rag: "red" | "amber" | "green";
        Finding: {
            id: number;
            review_id: number;
            text: string;
            themes: string[];
            created_at: components["schemas"]["Instant"];
        };
        Recommendation: {
            id: number;
            review_id: number;
            number: number;
            text: string;
            target: components["schemas"]["RecommendationTarget"];
            target_agency_id: number | null;
            themes: string[];
            created_at: components["schemas"]["Instant"];
        };
        RecommendationWithActions: components["schemas"]["Recommendation"] & {
            actions: components["schemas"]["Action"][];
        };
        Action: {
            id: number;
            recommendation_id: number;
            review_id: number;
            /** @description The review's name, for lists across reviews. */
            review_pseudonym: string;
            agency_id: number;
            owner: string;
            description: string;
            success_measure: string;
            due_on: components["schemas"]["Date"];
            status: components["schemas"]["ActionStatus"];
            rag: components["schemas"]["Rag"];
            created_at: components["schemas"]["Instant"];
            updated_at: components["schemas"]["Instant"];
            version: number;
        };
        ActionDetail: components["schemas"]["Action"] & {
            updates: components["schemas"]["ActionUpdate"][];
        };
        ActionUpdate: {
            id: number;
            action_id: number;
            note: string;
            status_from: components["schemas"]["ActionStatus"] | null;
            status_to: components["schemas"]["ActionStatus"] | null;
            document_id: number | null;
            by_user_id: number | null;
            at: components["schemas"]["Instant"];
        };
        NewAction: {
            agency_id: number;
            owner: string;
            description: string;
            success_measure: string;
            due_on: components["schemas"]["Date"];
            /** @default not_started */
            status?: components["schemas"]["ActionStatus"];
        };
        /** @description At least one field; absent fields are left alone. */
        ActionChanges: {
            agency_id?: number;
            owner?: string;
            description?: string;
            success_measure?: string;
            due_on?: components["schemas"]["Date"];
            status?: components["schemas"]["ActionStatus"];
        };
        PartnershipSettings: {
            /** @description Not started and due within this many days is red. */
            rag_red_days: number;
            /** @description In progress and due within this many days is amber. */
            rag_amber_days: number;
            version: number;
        };
        /** @enum {unknown} */
        DocumentKind: "referral_form" | "terms_of_reference" | "agency_report" | "chronology" | "draft_report" | "final_report" | "executive_summary" | "translation" | "briefing" | "progress_report" | "other";
        /** @enum {unknown} */
        MediaType: "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.presentationml.presentation" | "application/vnd.oasis.opendocument.text" | "application/msword" | "application/vnd.ms-excel" | "application/rtf" | "image/png" | "image/jpeg" | "text/plain";
        NewDocument: {
            kind: components["schemas"]["DocumentKind"];
            title: string;
            /** @description Required exactly for a translation: a language tag of letters, digits and hyphens, such as `pl` or `pt-BR`. */
            language?: string;
            /** @description The agency the document comes from (agency reports). */
            agency_id?: number;
        };
        DocumentVersion: {
            number: number;
            size_bytes: number;
            media_type: components["schemas"]["MediaType"];
            sha256: string;
            file_name: string;
            uploaded_by: number | null;
            uploaded_at: components["schemas"]["Instant"];
        };
        Document: {
            id: number;
            review_id: number;
            kind: components["schemas"]["DocumentKind"];
            title: string;
            language: string | null;
            agency_id: number | null;
            created_at: components["schemas"]["Instant"];
            versions: components["schemas"]["DocumentVersion"][];
        };
    };
    responses: {
        /** @description The review after the change. */
        ReviewChanged: {
            headers: {
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Review"];
            };
        };
        /** @description The review after the change (or, repeating an earlier request with the same Idempotency-Key, where it is). */
        ReviewChangedReplayable: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Review"] | components["schemas"]["Replayed"];
            };
        };
        /** @description The request is not valid; `errors` names each offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid session. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Your roles lack the capability, the CSRF token or origin is wrong, or you must first change a one-time password. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record, or none you may see. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The change conflicts with the record's state, or the Idempotency-Key is held by another request. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match does not match the record's current version; reload it. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match is missing. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over the limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many failed sign-ins from this address. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The review's id. */
        ReviewId: number;
        /** @description The referral's id. */
        ReferralId: number;
        /** @description The action's id. */
        ActionId: number;
        /** @description The document's id. */
        DocumentId: number;
        /** @description The user's id. */
        UserId: number;
        /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
        IfMatch: string;
        /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description The record's version tag, `"<kind>-<id>-<version>"`; send it back in If-Match to change the record. */
        ETag: string;
        /** @description Where the new record (or its list) is read. */
        Location: string;
        /** @description `true` when this repeats the status, Location and ETag of an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 0.1.0 */
                        version: string;
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session, or `{"signed_in": false}` without one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"] | {
                        /** @constant */
                        signed_in: false;
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set. */
            201: {
                headers: {
                    /** @description `casereview_session=...; HttpOnly; SameSite=Strict; Path=/` (and `Secure` behind TLS). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong email, password or code, a missing or already used code, or a disabled or locked account (all answered alike, naming no field). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    assessIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentFacts"];
            };
        };
        responses: {
            /** @description The assessment. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listColleagues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            display_name: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: components["schemas"]["User"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUser"];
            };
        };
        responses: {
            /** @description Created; the one-time password is shown only here. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        one_time_password: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description You cannot disable your own account, or the Idempotency-Key is in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset; the one-time password is shown only here. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        one_time_password: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events about this kind of record (e.g. `review`). */
                target_type?: string;
                /** @description Only events about this record. */
                target_id?: string;
                /** @description Only events by this actor (`user:12`, `system`, `anonymous`). */
                actor?: string;
                /** @description From this instant, or from the start of this date in UK time. */
                from?: string;
                /** @description Up to this instant, or to the end of this date in UK time. */
                to?: string;
                /** @description The previous page's `next_after`. */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["AuditEvent"][];
                        /** @description Pass as `after` for the next page; null on the last. */
                        next_after: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description Only jobs in this state. */
                state?: components["schemas"]["JobState"];
                /** @description The previous page's `next_cursor`. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Job"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    retryJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job, queued again. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agencies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    kind: components["schemas"]["AgencyKind"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReferral"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The referral's id. */
                id: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceReferralFacts: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The referral's id. */
                id: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    facts: components["schemas"]["IncidentFacts"];
                };
            };
        };
        responses: {
            /** @description The referral with its new assessment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    listReviews: {
        parameters: {
            query?: {
                stage?: components["schemas"]["Stage"];
                /** @description The type of review (a decision outcome). */
                type?: components["schemas"]["DecisionOutcome"];
                /** @description Only reviews with (true) or without (false) an overdue milestone. */
                overdue?: boolean;
                /** @description Only reviews this agency is involved in. */
                agency_id?: number;
                /** @description Text to look for in the pseudonym. */
                q?: string;
                /** @description The previous page's `next_cursor`. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewSummary"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    editReview: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReviewEdit"];
            };
        };
        responses: {
            200: components["responses"]["ReviewChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    changeReviewStage: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: components["schemas"]["Stage"];
                    /** @description Required to pause and to go back. */
                    reason?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChangedReplayable"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description A guard rail refuses the change (the message says what is missing), or the Idempotency-Key is in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    recordDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outcome: components["schemas"]["DecisionOutcome"];
                    rationale: string;
                    decided_by: string;
                    decided_on: components["schemas"]["Date"];
                    panel_told_on?: components["schemas"]["Date"];
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChangedReplayable"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    signOffReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version being signed; must be final_report.version_id. */
                    document_version_id: number;
                    note?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChangedReplayable"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    setTermsOfReference: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TermsOfReferenceInput"];
            };
        };
        responses: {
            200: components["responses"]["ReviewChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    setReviewAgencies: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agency_ids: number[];
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    listMemberCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The candidates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            user_id: number;
                            display_name: string;
                            roles: components["schemas"]["Role"][];
                            agency_id: number | null;
                            agency_involved: boolean;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignReviewMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_id: number;
                    role: components["schemas"]["MemberRole"];
                    /** @description Why a reviewer from an involved agency is appointed all the same. */
                    independence_override?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChangedReplayable"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    unassignReviewMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
                /** @description The assigned user's id. */
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReviewChanged"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    addFamilyInvolvement: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    family_member: string;
                    event: components["schemas"]["FamilyEvent"];
                    on_date: components["schemas"]["Date"];
                    note?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChangedReplayable"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    addPractitionerEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: components["schemas"]["PractitionerEventKind"];
                    held_on: components["schemas"]["Date"];
                    /** @default 0 */
                    attendees?: number;
                    note?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["ReviewChangedReplayable"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listPeopleInCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addPersonInCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPerson"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listQualityMarkers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The markers, rated or not. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["QualityMarkerRating"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rateQualityMarker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
                /** @description The marker's number. */
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: components["schemas"]["QualityRating"];
                    evidence?: string;
                };
            };
        };
        responses: {
            /** @description The marker with its rating. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityMarkerRating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listDeadlines: {
        parameters: {
            query?: {
                /** @description How many days ahead to look. */
                within_days?: number;
                /** @description The most deadlines on one page. */
                limit?: number;
                /** @description The previous page's `next_cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deadlines by due date (so overdue ones first), a page at a time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        within_days: number;
                        items: components["schemas"]["Deadline"][];
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    summariseWork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every stage in order, zero counts included. */
                        reviews_by_stage: {
                            stage: components["schemas"]["Stage"];
                            count: number;
                        }[];
                        actions_by_rag: {
                            red: number;
                            amber: number;
                            green: number;
                        };
                        /** @description The agency the action counts are confined to (an agency lead's), else null. */
                        agency_id: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listFindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Finding"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    themes?: components["schemas"]["Themes"];
                };
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Finding"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recommendations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecommendationWithActions"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addRecommendation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Numbered next when absent. */
                    number?: number;
                    text: string;
                    target: components["schemas"]["RecommendationTarget"];
                    /** @description The agency asked to act when the target is `agency`. */
                    target_agency_id?: number;
                    themes?: components["schemas"]["Themes"];
                };
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    addAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The recommendation's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAction"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listActions: {
        parameters: {
            query?: {
                agency_id?: number;
                review_id?: number;
                status?: components["schemas"]["ActionStatus"];
                rag?: components["schemas"]["Rag"];
                /** @description The previous page's `next_cursor`. */
                cursor?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Action"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The action's id. */
                id: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    editAction: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The action's id. */
                id: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionChanges"];
            };
        };
        responses: {
            /** @description The changed action. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    addActionProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The action's id. */
                id: components["parameters"]["ActionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    status?: components["schemas"]["ActionStatus"];
                    /** @description A document of the review that evidences the progress. */
                    document_id?: number;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionUpdate"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getPartnershipSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    setPartnershipSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the record as last read (e.g. `"review-7-3"`). */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rag_red_days: number;
                    rag_amber_days: number;
                };
            };
        };
        responses: {
            /** @description The new settings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents, each with its versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Document"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The review's id. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDocument"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id. */
                id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    uploadDocumentVersion: {
        parameters: {
            query?: never;
            header: {
                /** @description 1 to 255 visible ASCII characters (e.g. a UUID), unique per request, kept 24 hours. A retry with the same key and the same request creates nothing and gets the first answer's status, Location and ETag with the body `{"replayed": true, "location": ...}` (read the record there: nothing is shown again without today's access check). The same key with another request, or while the first still runs, is answered 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The file's name, percent-encoded UTF-8. */
                "X-File-Name": string;
            };
            path: {
                /** @description The document's id. */
                id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVersion"] | components["schemas"]["Replayed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    downloadDocumentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document's id. */
                id: components["parameters"]["DocumentId"];
                /** @description The version's number (1, 2, ...). */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its sniffed type, as an attachment. */
            200: {
                headers: {
                    /** @description `attachment` with an ASCII `filename` and the exact name as `filename*`. */
                    "Content-Disposition"?: string;
                    "Cache-Control"?: "no-store";
                    "X-Content-Type-Options"?: "nosniff";
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/msword": string;
                    "application/vnd.ms-excel": string;
                    "application/rtf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
