// Generated from OpenAPI/openapi.yaml by scripts/embed-openapi; a test keeps the two identical.
enum OpenAPIDocument {
    static let yaml = #"""
        openapi: 3.1.0
        info:
          title: beian serve
          version: 0.1.0
          summary: The paperwork of China's ICP website filing (ICP备案) over HTTP.
          description: |
            Every JSON body is a filing record exactly as the CLI reads it, with its own `requests`
            object carrying the document's parameters (reason, websites, provider…). Errors are
            `application/problem+json` (RFC 9457) with a `diagnostics` array: each names the field
            path, what is wrong (`message`) and how to fix it (`hint`). Messages and hints are in Chinese
            when `Accept-Language` prefers `zh`, in English otherwise.

            When the server was started with `--token-file`, every route except `/healthz` needs
            `Authorization: Bearer TOKEN`.
        servers:
          - url: http://127.0.0.1:8080
        security:
          - {}
          - bearer: []
        paths:
          /:
            get:
              operationId: page
              summary: The page for people (zh-CN) that fills in a filing and downloads its documents; needs no token.
              description: |
                Loads only its files under /page/ from this server, under a Content-Security-Policy
                that allows nothing else; its calls to the API send the token when one is entered.
              security: []
              responses:
                "200":
                  description: The page.
                  content:
                    text/html:
                      schema: { type: string }
          /page/{file}:
            get:
              operationId: pageFile
              summary: A script (JavaScript module), the style sheet or the icon of the page; needs no token.
              security: []
              parameters:
                - name: file
                  in: path
                  required: true
                  schema:
                    type: string
                    enum: [api.js, app.css, app.js, icon.svg, problems.js, record.js]
              responses:
                "200":
                  description: The file.
                  content:
                    text/javascript:
                      schema: { type: string }
                    text/css:
                      schema: { type: string }
                    image/svg+xml:
                      schema: { type: string }
                "404": { $ref: "#/components/responses/NotFound" }
          /healthz:
            get:
              operationId: health
              summary: Liveness check; needs no token.
              security: []
              responses:
                "200":
                  description: The server is up.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [status]
                        properties:
                          status: { type: string, const: ok }
          /openapi.yaml:
            get:
              operationId: openAPIDocument
              summary: This document.
              responses:
                "200":
                  description: The OpenAPI document.
                  content:
                    application/yaml:
                      schema: { type: string }
                "401": { $ref: "#/components/responses/Unauthorized" }
          /metrics:
            get:
              operationId: metrics
              summary: Prometheus metrics of this server, in the text exposition format 0.0.4.
              description: |
                Series, all prefixed `beian_`: `http_requests_total` (route, method, status),
                `http_request_duration_seconds` (histogram by route and method, to the last byte of the
                response), `http_requests_in_flight`, `documents_total` (kind, format) and
                `batch_records_total` (outcome `ok` or `failed`). The route label is the route's template
                (`/v1/documents/{kind}`), or `unmatched`. Like every route but `/healthz`, it needs the
                token when the server has one (a Prometheus scrape job sends it with `authorization`).
              responses:
                "200":
                  description: The metrics.
                  content:
                    text/plain:
                      schema: { type: string }
                "401": { $ref: "#/components/responses/Unauthorized" }
          /v1/provinces:
            get:
              operationId: provinces
              summary: The per-province deregistration policy table, as `beian provinces --format json` prints it.
              responses:
                "200":
                  description: One policy per province, every fact with its source and confidence.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: { type: object }
                "401": { $ref: "#/components/responses/Unauthorized" }
          /v1/validate:
            post:
              operationId: validate
              summary: Check a filing record and report every problem.
              description: |
                An invalid record is still a 200; `valid` is false and `diagnostics` says why. A body
                that is JSON but not an object (an array, a string) is no record at all: 422.
              requestBody: { $ref: "#/components/requestBodies/AnyRecord" }
              responses:
                "200":
                  description: The check, as `validate --format json` prints it for one record.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [valid, diagnostics]
                        properties:
                          valid: { type: boolean }
                          id: { type: string }
                          diagnostics:
                            type: array
                            items: { $ref: "#/components/schemas/Diagnostic" }
                "400": { $ref: "#/components/responses/NotJSON" }
                "401": { $ref: "#/components/responses/Unauthorized" }
                "413": { $ref: "#/components/responses/TooLarge" }
                "415": { $ref: "#/components/responses/UnsupportedMediaType" }
                "422": { $ref: "#/components/responses/InvalidFiling" }
          /v1/documents/{kind}:
            post:
              operationId: document
              summary: Generate one document for a filing.
              description: |
                The file comes back as the body, named in `Content-Disposition` as the CLI names it.
                Warnings and notes of the record and the document are in the `Beian-Warnings` header:
                the diagnostics' JSON array, percent-encoded (decode, then parse as JSON).
              parameters:
                - name: kind
                  in: path
                  required: true
                  schema:
                    type: string
                    enum: [deregistration-form, shandong-mail, submission-sheet, authorization-letter]
                - name: format
                  in: query
                  required: false
                  schema:
                    type: string
                    enum: [docx, pdf, html, text]
                    default: docx
              requestBody: { $ref: "#/components/requestBodies/Filing" }
              responses:
                "200":
                  description: The document.
                  headers:
                    Content-Disposition:
                      schema: { type: string }
                      example: attachment; filename="hubei-2019012345-deregistration-form.docx"
                    Beian-Warning-Count:
                      schema: { type: integer, minimum: 0 }
                    Beian-Warnings:
                      description: Percent-encoded JSON array of Diagnostic; absent when there are none.
                      schema: { type: string }
                  content:
                    application/vnd.openxmlformats-officedocument.wordprocessingml.document:
                      schema: { type: string, contentMediaType: application/vnd.openxmlformats-officedocument.wordprocessingml.document }
                    text/html:
                      schema: { type: string }
                    text/plain:
                      schema: { type: string }
                "400": { $ref: "#/components/responses/NotJSON" }
                "401": { $ref: "#/components/responses/Unauthorized" }
                "404": { $ref: "#/components/responses/NotFound" }
                "413": { $ref: "#/components/responses/TooLarge" }
                "415": { $ref: "#/components/responses/UnsupportedMediaType" }
                "422": { $ref: "#/components/responses/InvalidFiling" }
          /v1/hubei-sms:
            post:
              operationId: hubeiSMS
              summary: The Hubei annual-review SMS messages of a filing, one per website.
              description: The record's `requests` give `provider` (required), `status`, `sender`, `carrier`, `date` and `websites`.
              parameters:
                - name: format
                  in: query
                  required: false
                  schema:
                    type: string
                    enum: [json, csv, text]
                    default: json
              requestBody: { $ref: "#/components/requestBodies/Filing" }
              responses:
                "200":
                  description: The messages.
                  headers:
                    Beian-Warning-Count:
                      schema: { type: integer, minimum: 0 }
                    Beian-Warnings:
                      description: Percent-encoded JSON array of Diagnostic; absent when there are none.
                      schema: { type: string }
                  content:
                    application/json:
                      schema: { type: object }
                    text/csv:
                      schema: { type: string }
                    text/plain:
                      schema: { type: string }
                "400": { $ref: "#/components/responses/NotJSON" }
                "401": { $ref: "#/components/responses/Unauthorized" }
                "413": { $ref: "#/components/responses/TooLarge" }
                "415": { $ref: "#/components/responses/UnsupportedMediaType" }
                "422": { $ref: "#/components/responses/InvalidFiling" }
          /v1/hubei-sms/check:
            post:
              operationId: checkHubeiSMS
              summary: Check a log of review messages already sent.
              description: 200 whether or not every row passed; `ok` says which.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [log]
                      properties:
                        log:
                          type: string
                          description: CSV text with the columns sender, destination, body, sentAt (header row optional).
                        filing:
                          description: The filing the messages are for (a record as /v1/validate takes); null or absent when there is none to check against.
                          type: [object, "null"]
                        date:
                          type: string
                          format: date
                          description: The day planned rows (no sentAt) will be sent.
              responses:
                "200":
                  description: The check, as `hubei-sms check --format json` prints it.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [ok, rows]
                        properties:
                          ok: { type: boolean }
                          rows: { type: array, items: { type: object } }
                "400": { $ref: "#/components/responses/NotJSON" }
                "401": { $ref: "#/components/responses/Unauthorized" }
                "413": { $ref: "#/components/responses/TooLarge" }
                "415": { $ref: "#/components/responses/UnsupportedMediaType" }
                "422": { $ref: "#/components/responses/InvalidFiling" }
          /v1/batch:
            post:
              operationId: batch
              summary: Many records in, one ZIP out, laid out as `beian batch -o DIR` lays out its folder.
              description: |
                The body is streamed in (JSON Lines, one record a line, or CSV as `beian batch` reads it)
                and the ZIP streamed out as records are done: the files, `manifest.jsonl` (each record's
                files with SHA-256) and `errors.jsonl` (each failed record with every diagnostic). Once the
                200 is sent, bad records are reported in `errors.jsonl`, not by the status; a body cut off
                or past `--max-batch-body` midway ends with a failed record `batch.unreadable`. A CSV body
                without a usable header row (empty, or naming no column of a record) holds no records
                and is refused with 422 before any of the archive is sent.
              parameters:
                - name: documents
                  in: query
                  required: true
                  description: Comma-separated.
                  schema:
                    type: string
                    example: deregistration-form,hubei-sms
                - name: format
                  in: query
                  required: false
                  schema:
                    type: string
                    enum: [docx, html, text]
                    default: docx
              requestBody:
                required: true
                content:
                  application/jsonl:
                    schema: { type: string }
                  application/x-ndjson:
                    schema: { type: string }
                  application/x-jsonlines:
                    schema: { type: string }
                  text/csv:
                    schema: { type: string }
              responses:
                "200":
                  description: The archive.
                  content:
                    application/zip:
                      schema: { type: string, contentMediaType: application/zip }
                "400": { $ref: "#/components/responses/NotJSON" }
                "401": { $ref: "#/components/responses/Unauthorized" }
                "413": { $ref: "#/components/responses/TooLarge" }
                "415": { $ref: "#/components/responses/UnsupportedMediaType" }
                "422": { $ref: "#/components/responses/InvalidFiling" }
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
          requestBodies:
            Filing:
              required: true
              description: A filing record as the CLI reads it (see Examples/ and the README).
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/FilingRecord" }
            AnyRecord:
              required: true
              description: >-
                A JSON object to check, meant to be a FilingRecord: whatever it holds is reported as
                diagnostics with their field paths, so it is not held to the schema here.
              content:
                application/json:
                  schema: { type: object }
          schemas:
            FilingRecord:
              type: object
              description: >-
                One filing: the subject (主体), its websites, and the parameters of the documents asked
                for. The shape is checked here; the filing rules (check characters, province prefixes,
                numbering) are checked by the server, which answers 422 with a diagnostic per problem.
              additionalProperties: false
              required: [subject]
              properties:
                id: { type: [string, number, "null"], description: "The caller's identifier for the record, echoed in diagnostics and batch manifests." }
                subject: { $ref: "#/components/schemas/Subject" }
                websites:
                  type: array
                  items: { $ref: "#/components/schemas/Website" }
                requests: { $ref: "#/components/schemas/Requests" }
            Subject:
              type: object
              additionalProperties: false
              required: [name, nature, certificate, filingNumber, owner]
              properties:
                name: { type: string, description: "主办单位名称, or the person's name." }
                nature:
                  type: string
                  description: "enterprise, individual, government, institution, social-organization, other (or 企业, 个人, 政府机关, 事业单位, 社会团体, 其他)."
                certificate: { $ref: "#/components/schemas/Certificate" }
                filingNumber: { $ref: "#/components/schemas/Code" }
                address: { type: [string, "null"] }
                legalRepresentative:
                  type: object
                  additionalProperties: false
                  required: [name]
                  properties:
                    name: { type: string }
                    idType: { $ref: "#/components/schemas/Code" }
                    idNumber: { $ref: "#/components/schemas/Code" }
                owner: { $ref: "#/components/schemas/Contact" }
            Certificate:
              type: object
              additionalProperties: false
              required: [type, number]
              properties:
                type: { type: string, description: "unified-social-credit-code, resident-id, passport… (or the Chinese names); see the README." }
                number: { $ref: "#/components/schemas/Code" }
            Contact:
              type: object
              additionalProperties: false
              required: [name, mobile]
              properties:
                name: { type: string }
                mobile: { $ref: "#/components/schemas/Code" }
                email: { $ref: "#/components/schemas/OptionalCode" }
                idType: { $ref: "#/components/schemas/Code" }
                idNumber: { $ref: "#/components/schemas/Code" }
            Website:
              type: object
              additionalProperties: false
              required: [name, filingNumber]
              properties:
                name: { type: string }
                filingNumber: { $ref: "#/components/schemas/Code" }
                domains: { type: [array, "null"], items: { type: string } }
                owner: { $ref: "#/components/schemas/Contact" }
                domainExpired: { type: [boolean, "null"] }
            Requests:
              type: object
              description: >-
                The documents' parameters, named after the command-line options in camel case
                (--agent-id is agentId); each document reads the ones it needs.
              additionalProperties: false
              properties:
                provider: { $ref: "#/components/schemas/OptionalCode" }
                status: { $ref: "#/components/schemas/OptionalCode" }
                websiteStatus: { type: [object, "null"], description: "Website filing number → review status." }
                sender: { $ref: "#/components/schemas/OptionalCode" }
                carrier:
                  description: "A carrier name, MOBILE=NAME, a list of those, or an object of mobile → name."
                date: { type: [string, "null"], description: "YYYY-MM-DD" }
                websites:
                  description: "The website filing numbers the document is about (a list, or one number)."
                reason: { type: [string, "null"] }
                category: { type: [string, "null"] }
                basis: { type: [string, "null"] }
                applicantName: { type: [string, "null"] }
                applicantCertificateType: { $ref: "#/components/schemas/OptionalCode" }
                applicantCertificateNumber: { $ref: "#/components/schemas/OptionalCode" }
                contactName: { type: [string, "null"] }
                contactMobile: { $ref: "#/components/schemas/OptionalCode" }
                contactEmail: { $ref: "#/components/schemas/OptionalCode" }
                onlineAttempted: { type: [boolean, "null"] }
                shell: { type: [boolean, "null"] }
                providerUnknown: { type: [boolean, "null"] }
                agentName: { type: [string, "null"] }
                agentIdType: { $ref: "#/components/schemas/OptionalCode" }
                agentId: { $ref: "#/components/schemas/OptionalCode" }
                agentMobile: { $ref: "#/components/schemas/OptionalCode" }
                scope: { $ref: "#/components/schemas/OptionalCode" }
                scopeText: { type: [string, "null"] }
                fromAccount: { $ref: "#/components/schemas/OptionalCode" }
                toAccount: { $ref: "#/components/schemas/OptionalCode" }
                validFrom: { type: [string, "null"], description: "YYYY-MM-DD" }
                validUntil: { type: [string, "null"], description: "YYYY-MM-DD" }
                noSeal: { type: [boolean, "null"] }
            Code:
              description: "A code, number or identifier: text, or a whole number (read as its digits, with a warning)."
              type: [string, integer]
            OptionalCode:
              type: [string, integer, "null"]
            Diagnostic:
              type: object
              required: [severity, path, code, message]
              properties:
                severity: { type: string, enum: [error, warning, note] }
                path: { type: string, description: "The field, such as subject.certificate.number; empty for the whole body." }
                code: { type: string }
                message: { type: string }
                hint: { type: string }
                line: { type: integer }
                column: { type: integer }
            Problem:
              type: object
              required: [type, title, status, detail, diagnostics]
              properties:
                type: { type: string, description: "urn:beian:problem:KIND, e.g. urn:beian:problem:invalid-filing" }
                title: { type: string }
                status: { type: integer }
                detail: { type: string }
                diagnostics:
                  type: array
                  items: { $ref: "#/components/schemas/Diagnostic" }
          responses:
            NotJSON:
              description: The body is not JSON (or a query parameter has a value the route does not take).
              content:
                application/problem+json:
                  schema: { $ref: "#/components/schemas/Problem" }
            InvalidFiling:
              description: The record is JSON but breaks the rules, or the document does not apply to it.
              content:
                application/problem+json:
                  schema: { $ref: "#/components/schemas/Problem" }
            NotFound:
              description: No such document kind.
              content:
                application/problem+json:
                  schema: { $ref: "#/components/schemas/Problem" }
            TooLarge:
              description: The body is larger than the server's --max-body.
              content:
                application/problem+json:
                  schema: { $ref: "#/components/schemas/Problem" }
            UnsupportedMediaType:
              description: The body's Content-Type is not application/json.
              content:
                application/problem+json:
                  schema: { $ref: "#/components/schemas/Problem" }
            Unauthorized:
              description: The server needs a bearer token and the request had none or a wrong one.
              content:
                application/problem+json:
                  schema: { $ref: "#/components/schemas/Problem" }
        """#
}
