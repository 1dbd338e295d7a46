/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.yaml`. Router tests
/// check that every route the API controller registers is described here.
enum OpenAPIDocument {
    static let yaml = """
        openapi: 3.1.0
        info:
          title: Clasp API
          version: "1"
          description: >-
            Classification plans kept in git. Authenticate with 'Authorization: Bearer <token>'
            (tokens from `clasp accounts token` or POST /api/v1/tokens). Roles come from each plan's
            roster. Errors are JSON {"error": {"status", "code", "message"}} with a stable code.
        servers:
          - url: /api/v1
        security:
          - bearer: []
        paths:
          /tokens:
            post:
              summary: Issue an API token for an account (rate limited).
              security: []
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/TokenRequest'}
              responses:
                '201': {description: The token, shown once., content: {application/json: {schema: {$ref: '#/components/schemas/TokenResponse'}}}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '413': {$ref: '#/components/responses/Error'}
                '429': {$ref: '#/components/responses/Error'}
          /me:
            get:
              summary: The caller's account and roles in each hosted plan.
              responses:
                '200': {description: Account and memberships., content: {application/json: {schema: {$ref: '#/components/schemas/Me'}}}}
                '401': {$ref: '#/components/responses/Error'}
          /plans:
            get:
              summary: Plans whose roster includes the caller.
              responses:
                '200': {description: Plan summaries., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/PlanSummary'}}}}}
                '401': {$ref: '#/components/responses/Error'}
          /plans/{plan}:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: One plan's summary.
              responses:
                '200': {description: Plan summary., content: {application/json: {schema: {$ref: '#/components/schemas/PlanSummary'}}}}
                '401': {$ref: '#/components/responses/Error'}
                '403': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/classes:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: Classes on a date (clasp list).
              parameters:
                - {$ref: '#/components/parameters/asOf'}
                - {$ref: '#/components/parameters/asKnownOn'}
                - {name: all, in: query, schema: {type: boolean}, description: Include classes not in effect.}
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: The list., content: {application/json: {schema: {$ref: '#/components/schemas/List'}}, text/plain: {schema: {type: string}}}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/classes/{class}:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/class'}]
            get:
              summary: The version in effect on a date, as known on a date (clasp show).
              parameters:
                - {$ref: '#/components/parameters/asOf'}
                - {$ref: '#/components/parameters/asKnownOn'}
                - {name: format, in: query, schema: {type: string, enum: [json, text, markdown, yaml]}}
              responses:
                '200': {description: The version., content: {application/json: {schema: {$ref: '#/components/schemas/Show'}}, text/plain: {schema: {type: string}}}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/classes/{class}/history:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/class'}]
            get:
              summary: Recorded changes to the class, newest first (clasp history).
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: History entries., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/HistoryEntry'}}}}}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/classes/{class}/lineage:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/class'}]
            get:
              summary: Lineage around the class as JSON, SVG or text.
              parameters:
                - {$ref: '#/components/parameters/asOf'}
                - {name: format, in: query, schema: {type: string, enum: [json, svg, text]}}
              responses:
                '200': {description: The lineage., content: {application/json: {schema: {type: object}}, image/svg+xml: {schema: {type: string}}}}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/diff:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: Semantic diff between two versions (class or class@YYYY-MM-DD).
              parameters:
                - {name: from, in: query, required: true, schema: {type: string}}
                - {name: to, in: query, required: true, schema: {type: string}}
                - {$ref: '#/components/parameters/asOf'}
                - {name: format, in: query, schema: {type: string, enum: [json, markdown, html, text]}}
              responses:
                '200': {description: The changes., content: {application/json: {schema: {type: object}}}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
                '422': {$ref: '#/components/responses/Error'}
          /plans/{plan}/check:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: Validate every file and the lineage (clasp check).
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: Findings., content: {application/json: {schema: {$ref: '#/components/schemas/Check'}}}}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/classes/{class}/blame:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/class'}]
            get:
              summary: Which adopted change introduced each paragraph and item of the current text (clasp blame).
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: Blame entries., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/BlameEntry'}}}}}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: Proposals, by state; awaiting=true keeps those awaiting the caller's vote (clasp proposals).
              parameters:
                - {name: state, in: query, schema: {type: string, enum: [open, adopted, withdrawn]}}
                - {name: awaiting, in: query, schema: {type: boolean}}
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: Proposal summaries., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/ProposalSummary'}}}}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '403': {$ref: '#/components/responses/Error'}
            post:
              summary: Open a proposal as the caller (clasp propose). A class change sends the spec version as YAML text; a roster or workflow change sends the file's content.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ProposeRequest'}
              responses:
                '201': {$ref: '#/components/responses/Action'}
                '400': {$ref: '#/components/responses/Error'}
                '403': {$ref: '#/components/responses/Error'}
                '409': {$ref: '#/components/responses/Error'}
                '422': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            get:
              summary: One proposal's summary.
              responses:
                '200': {description: The proposal., content: {application/json: {schema: {$ref: '#/components/schemas/ProposalSummary'}}}}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}/status:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            get:
              summary: The semantic diff, the stages that apply, votes and what is still needed (clasp proposal N).
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: The status., content: {application/json: {schema: {type: object}}, text/plain: {schema: {type: string}}}}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}/votes:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            post:
              summary: Vote as the caller in the stage their role votes in (clasp vote). 403 when the roster or workflow refuses (a role the caller lacks, self-approval).
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [decision]
                      properties: {decision: {type: string, enum: [approve, reject, abstain]}, comment: {type: string}, stage: {type: string}}
              responses:
                '200': {$ref: '#/components/responses/Action'}
                '400': {$ref: '#/components/responses/Error'}
                '403': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
                '409': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}/comments:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            post:
              summary: Add a comment to the proposal's log.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, required: [text], properties: {text: {type: string}}}
              responses:
                '200': {$ref: '#/components/responses/Action'}
                '400': {$ref: '#/components/responses/Error'}
                '403': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}/revisions:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            post:
              summary: Revise an open proposal (clasp revise); votes carry over as the workflow says.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, properties: {spec: {type: string}, content: {type: string}, fileName: {type: string}, reason: {type: string}}}
              responses:
                '200': {$ref: '#/components/responses/Action'}
                '400': {$ref: '#/components/responses/Error'}
                '403': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
                '409': {$ref: '#/components/responses/Error'}
                '422': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}/withdraw:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            post:
              summary: Withdraw an open proposal (its author or an administrator).
              responses:
                '200': {$ref: '#/components/responses/Action'}
                '403': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
                '409': {$ref: '#/components/responses/Error'}
          /plans/{plan}/proposals/{number}/adopt:
            parameters: [{$ref: '#/components/parameters/plan'}, {$ref: '#/components/parameters/number'}]
            post:
              summary: Adopt an approved proposal onto main (clasp adopt); 409 when not approved, closed or conflicting with main.
              responses:
                '200': {$ref: '#/components/responses/Action'}
                '403': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
                '409': {$ref: '#/components/responses/Error'}
          /plans/{plan}/audit/verify:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: Re-derive every approval on main from git (clasp audit verify).
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [json, text]}}
              responses:
                '200': {description: The verdict and findings., content: {application/json: {schema: {$ref: '#/components/schemas/AuditVerify'}}}}
                '401': {$ref: '#/components/responses/Error'}
          /plans/{plan}/audit/export:
            parameters: [{$ref: '#/components/parameters/plan'}]
            get:
              summary: Every commit on main and the votes behind each adoption (clasp audit export), optionally filtered.
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [csv, json]}}
                - {name: class, in: query, schema: {type: string}}
                - {name: person, in: query, schema: {type: string}}
                - {name: kind, in: query, schema: {type: string, enum: [creation, bootstrap, adoption, approval, vote, other]}}
                - {name: from, in: query, schema: {type: string, format: date}}
                - {name: to, in: query, schema: {type: string, format: date}}
              responses:
                '200': {description: The rows., content: {text/csv: {schema: {type: string}}, application/json: {schema: {type: array, items: {type: object}}}}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
          parameters:
            plan: {name: plan, in: path, required: true, schema: {type: string, pattern: '^[a-z0-9][a-z0-9-]*$'}}
            class: {name: class, in: path, required: true, schema: {type: string, pattern: '^[a-z0-9][a-z0-9-]*$'}}
            number: {name: number, in: path, required: true, schema: {type: integer, minimum: 1}}
            asOf: {name: as-of, in: query, schema: {type: string, format: date}, description: Effective date (default today).}
            asKnownOn: {name: as-known-on, in: query, schema: {type: string, format: date}, description: Answer from the plan as recorded at the end of this date.}
          responses:
            Action:
              description: What the action did, as the CLI prints it.
              content:
                application/json:
                  schema: {type: object, properties: {proposal: {type: integer}, message: {type: string}, commit: {type: string}}}
            Error:
              description: A refusal with a stable code.
              content:
                application/json:
                  schema:
                    type: object
                    required: [error]
                    properties:
                      error:
                        type: object
                        required: [status, code, message]
                        properties:
                          status: {type: integer}
                          code: {type: string, examples: [unknown-class, unknown-proposal, unauthenticated, forbidden, csrf-rejected, lacks-role, self-approval, not-approved, proposal-closed, conflict-with-main, invalid-proposal, malformed-json, payload-too-large]}
                          message: {type: string}
          schemas:
            TokenRequest:
              type: object
              required: [account, password]
              properties: {account: {type: string}, password: {type: string}, label: {type: string}}
            TokenResponse:
              type: object
              properties: {account: {type: string}, token: {type: string}}
            Me:
              type: object
              properties:
                account: {type: string}
                plans: {type: array, items: {type: object, properties: {plan: {type: string}, name: {type: string}, roles: {type: array, items: {type: string}}}}}
            PlanSummary:
              type: object
              properties: {id: {type: string}, agency: {type: string}, timeZone: {type: string}, classes: {type: integer}, head: {type: string}}
            List:
              type: object
              properties:
                asOf: {type: string, format: date}
                classes: {type: array, items: {type: object, properties: {class: {type: string}, title: {type: string}, effective: {type: string, format: date}, status: {type: string}}}}
            Show:
              type: object
              properties:
                plan: {type: string}
                class: {type: string}
                asOf: {type: string, format: date}
                asKnownOn: {type: string, format: date}
                recordedIn: {type: string}
                effective: {type: string, format: date}
                until: {type: string, format: date}
                textOnFile: {type: boolean}
                timeline: {type: array, items: {type: string, format: date}}
                version: {type: object}
            HistoryEntry:
              type: object
              properties:
                commit: {type: string}
                recordedOn: {type: string, format: date}
                recordedAt: {type: string}
                author: {type: string}
                email: {type: string}
                summary: {type: string}
                change: {type: string}
                proposal: {type: string}
                bootstrap: {type: boolean}
                effectiveDates: {type: array, items: {type: string, format: date}}
                files: {type: array, items: {type: string}}
                trailers: {type: array, items: {type: object, additionalProperties: {type: string}}}
            ProposeRequest:
              type: object
              required: [reason]
              properties:
                class: {type: string}
                kind: {type: string, enum: [establish, revise, correct, retitle, merge, split, abolish, reinstate, roster, workflow]}
                effective: {type: string, format: date}
                reason: {type: string}
                spec: {type: string, description: The proposed spec version as Clasp YAML.}
                content: {type: string, description: The new roster.yaml or workflow file (governance kinds).}
                fileName: {type: string, description: The workflow file's name.}
            ProposalSummary:
              type: object
              properties: {number: {type: integer}, state: {type: string}, kind: {type: string}, classes: {type: array, items: {type: string}}, effective: {type: string}, author: {type: string}, reason: {type: string}, base: {type: string}, head: {type: string}, adoptedAs: {type: string}}
            BlameEntry:
              type: object
              properties: {section: {type: string}, heading: {type: string}, text: {type: string}, commit: {type: string}, recordedOn: {type: string, format: date}, proposal: {type: integer}, bootstrap: {type: boolean}, approvedBy: {type: array, items: {type: string}}, author: {type: string}}
            AuditVerify:
              type: object
              properties: {clean: {type: boolean}, summary: {type: string}, findings: {type: array, items: {type: object, properties: {commit: {type: string}, message: {type: string}}}}, adoptions: {type: array, items: {type: string}}, bootstraps: {type: array, items: {type: string}}}
            Check:
              type: object
              properties:
                sound: {type: boolean}
                classes: {type: integer}
                commit: {type: string}
                findings: {type: array, items: {type: object, properties: {file: {type: string}, line: {type: integer}, message: {type: string}}}}

        """
}
