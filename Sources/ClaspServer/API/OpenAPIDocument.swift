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
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
          parameters:
            plan: {name: plan, in: path, required: true, schema: {type: string, pattern: '^[a-z0-9][a-z0-9-]*$'}}
            class: {name: class, in: path, required: true, schema: {type: string, pattern: '^[a-z0-9][a-z0-9-]*$'}}
            asOf: {name: as-of, in: query, schema: {type: string, format: date}, description: Effective date (default today).}
            asKnownOn: {name: as-known-on, in: query, schema: {type: string, format: date}, description: Answer from the plan as recorded at the end of this date.}
          responses:
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
                          code: {type: string, examples: [unknown-class, unauthenticated, forbidden, csrf-rejected, malformed-json, payload-too-large]}
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
            Check:
              type: object
              properties:
                sound: {type: boolean}
                classes: {type: integer}
                commit: {type: string}
                findings: {type: array, items: {type: object, properties: {file: {type: string}, line: {type: integer}, message: {type: string}}}}

        """
}
