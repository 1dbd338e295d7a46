import ClaspQueries
import Foundation
import Hummingbird

/// Sign-in and sign-out for browsers, and `POST /api/v1/tokens` for scripts: all rate limited
/// per account and per client address.
struct SessionController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/login", use: loginPage)
        routes.post("/login", use: login)
        routes.post("/logout", use: logout)
        routes.post("/api/v1/tokens", use: issueToken)
        return routes
    }

    @Sendable func loginPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let next = safeNext(request.uri.queryParameters["next"].map(String.init))
        return loginForm(next: next, message: nil)
    }

    func loginForm(next: String, message: String?, status: HTTPResponse.Status = .ok) -> Response {
        let token = Secrets.randomHex()
        let error: HTML = message.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        var response = PageLayout.page(title: "Sign in", identity: nil, body: """
            \(error)
            <form method="post" action="/login" class="login">
            <input type="hidden" name="csrf" value="\(token)">
            <input type="hidden" name="next" value="\(next)">
            <label>Account (your roster id)<input name="account" autocomplete="username" required></label>
            <label>Password<input name="password" type="password" autocomplete="current-password" required></label>
            <p><button type="submit">Sign in</button></p>
            </form>
            """)
        response.status = status
        response.setCookie(Cookie(name: CookieName.loginCSRF, value: token, maxAge: 3600, path: "/login",
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, context: context)
        let account = form["account"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let next = safeNext(form["next"])
        let keys = ["account:\(account)", "client:\(context.clientKey)"]
        do {
            try services.limiter.check(keys)
        } catch let failure as ServerFailure {
            var response = loginForm(next: next, message: failure.description, status: .tooManyRequests)
            if case let .tooManyAttempts(seconds) = failure { response.headers[.retryAfter] = "\(seconds)" }
            return response
        }
        guard let id = services.accounts.verify(account, password: form["password"] ?? "") else {
            services.limiter.recordFailure(keys)
            context.logger.notice("sign-in failed", metadata: ["account": "\(account)"])
            return loginForm(next: next, message: ServerFailure.invalidCredentials.description, status: .unauthorized)
        }
        services.limiter.recordSuccess(["account:\(account)"])
        let session = services.sessions.start(accountID: id)
        context.logger.info("signed in", metadata: ["account": "\(id)"])
        var response = Response.redirect(to: next, type: .found)
        response.setCookie(Cookie(name: CookieName.session, value: session.id, maxAge: Int(services.sessions.lifetime),
                                  path: "/", httpOnly: true, sameSite: .strict))
        response.setCookie(Cookie(name: CookieName.loginCSRF, value: "", maxAge: 0, path: "/login", httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let session = context.identity?.session { services.sessions.end(session.id) }
        var response = Response.redirect(to: "/login", type: .found)
        response.setCookie(Cookie(name: CookieName.session, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    /// `POST /api/v1/tokens` `{account, password, label}`: a new API token for the account.
    @Sendable func issueToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = try await APIController.decode(TokenRequest.self, from: request, limit: context.maxUploadSize)
        let keys = ["account:\(input.account)", "client:\(context.clientKey)"]
        try services.limiter.check(keys)
        guard let id = services.accounts.verify(input.account, password: input.password) else {
            services.limiter.recordFailure(keys)
            throw ServerFailure.invalidCredentials
        }
        services.limiter.recordSuccess(["account:\(input.account)"])
        let token = try services.accounts.issueToken(id, label: input.label ?? "api")
        return try APIController.json(TokenResponse(account: id, token: token), status: .created)
    }

    /// Only same-site paths: an open redirect would let a phishing link bounce through the login page.
    func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}

struct TokenRequest: Codable {
    var account: String
    var password: String
    var label: String?
}

struct TokenResponse: Codable {
    var account: String
    var token: String
}
