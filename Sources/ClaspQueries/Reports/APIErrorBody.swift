/// The JSON body of every error answer of the API: `{"error": {"status", "code", "message"}}`.
/// The server writes it and remote mode reads it, so it lives with the other wire shapes.
public struct APIErrorBody: Codable, Sendable {
    public struct Detail: Codable, Sendable, Equatable {
        public var status: Int
        /// Stable across releases; clients branch on it ("unknown-class", "csrf-rejected").
        public var code: String
        public var message: String

        public init(status: Int, code: String, message: String) {
            self.status = status; self.code = code; self.message = message
        }
    }

    public var error: Detail

    public init(error: Detail) { self.error = error }
}
