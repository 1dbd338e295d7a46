import Foundation

/// What the terminal on standard output can show.
enum Terminal {
    /// Colour only for a person at a terminal: never when piped, and never when NO_COLOR is set
    /// (https://no-color.org).
    static var wantsColour: Bool {
        let console = Console.current
        return console.outputIsTerminal && console.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
