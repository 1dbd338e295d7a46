import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

/// Sign-in, sessions, CSRF and rate limiting through the router.
@Suite struct SessionTests {
    @Test func signInSetsAStrictHttpOnlySessionCookieAndOpensThePlan() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let login = try await client.loginForm()
            let response = try await client.postForm("/login", fields: ["account": "cmorgan", "password": ServerFixture.password,
                                                                      "csrf": login.csrf, "next": "/plans/roseville"], cookie: login.cookie)
            #expect(response.status == .found)
            #expect(response.headers[.location] == "/plans/roseville")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("clasp_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let page = try await client.execute(uri: "/plans/roseville", method: .get,
                                                headers: [.cookie: String(cookie.split(separator: ";")[0])])
            #expect(page.status == .ok)
            #expect(page.text.contains("Signed in as <strong>cmorgan</strong>"))
        }
    }

    @Test func aWrongPasswordIsRefusedWithTheLoginFormAgain() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let login = try await client.loginForm()
            let response = try await client.postForm("/login", fields: ["account": "cmorgan", "password": "wrong-password", "csrf": login.csrf],
                                                     cookie: login.cookie)
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("unknown account or wrong password"))
            #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("clasp_session=") })
        }
    }

    @Test func loginWithoutTheCSRFTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let login = try await client.loginForm()
            let missing = try await client.postForm("/login", fields: ["account": "cmorgan", "password": ServerFixture.password], cookie: login.cookie)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("csrf-rejected"))
            let forged = try await client.postForm("/login", fields: ["account": "cmorgan", "password": ServerFixture.password, "csrf": "forged"],
                                                   cookie: login.cookie)
            #expect(forged.status == .forbidden)
        }
    }

    @Test func logoutNeedsTheSessionsCSRFTokenAndEndsTheSession() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let refused = try await client.postForm("/logout", fields: ["csrf": "not-the-token"], cookie: session.cookie)
            #expect(refused.status == .forbidden)
            #expect(try await client.execute(uri: "/plans/roseville", method: .get, headers: session.headers).status == .ok)
            let done = try await client.postForm("/logout", fields: ["csrf": session.csrf], cookie: session.cookie)
            #expect(done.status == .found)
            let after = try await client.execute(uri: "/plans/roseville", method: .get, headers: session.headers)
            #expect(after.status == .found)
            #expect(after.headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test func repeatedFailuresLockTheAccountOutEvenWithTheRightPassword() async throws {
        let fixture = try ServerFixture(loginAttempts: 3)
        try await fixture.application.test(.router) { client in
            for _ in 0..<3 {
                let login = try await client.loginForm()
                let response = try await client.postForm("/login", fields: ["account": "auditor", "password": "guess-guess", "csrf": login.csrf],
                                                         cookie: login.cookie)
                #expect(response.status == .unauthorized)
            }
            let login = try await client.loginForm()
            let locked = try await client.postForm("/login", fields: ["account": "auditor", "password": ServerFixture.password, "csrf": login.csrf],
                                                   cookie: login.cookie)
            #expect(locked.status == .tooManyRequests)
            #expect(Int(locked.headers[.retryAfter] ?? "") ?? 0 > 0)
            let tokenAttempt = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: [.contentType: "application/json"],
                                                        body: ByteBuffer(string: #"{"account":"auditor","password":"correct-horse"}"#))
            #expect(tokenAttempt.status == .tooManyRequests)
            #expect(tokenAttempt.errorCode == "too-many-attempts")
        }
    }

    @Test func openRedirectsThroughTheLoginPageAreRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let login = try await client.loginForm()
            let response = try await client.postForm("/login", fields: ["account": "cmorgan", "password": ServerFixture.password,
                                                                      "csrf": login.csrf, "next": "//evil.example/"], cookie: login.cookie)
            #expect(response.headers[.location] == "/")
        }
    }
}
