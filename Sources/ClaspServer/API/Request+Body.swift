import Hummingbird
import NIOCore

extension Request {
    /// Reads the whole body within `limit`. A body over the limit is 413; a body that cannot be
    /// read (the client closed before sending the length its Content-Length announced) is the
    /// client's fault, a 400, never a server error.
    mutating func readBody(upTo limit: Int) async throws -> ByteBuffer {
        do {
            return try await collectBody(upTo: limit)
        } catch let error as NIOTooManyBytesError {
            throw error
        } catch let error as HTTPError {
            throw error
        } catch {
            throw ServerFailure.badRequest("the request body could not be read (\(error)): it ended before the length its Content-Length header announced")
        }
    }
}
