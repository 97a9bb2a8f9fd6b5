/// How `owner:` reads: one person or handle, several, or a value that names nobody.
package enum OwnerReading: Hashable, Sendable {
    case one(String)
    /// Several names, and the text as written for messages.
    case several([String], written: String)
    /// A value of the wrong type, described for messages ("a list holding a number").
    case malformed(String)
    /// A blank string or an empty list.
    case empty
}

/// A written `owner:` and where its value is.
package struct Owner: Hashable, Sendable {
    package var reading: OwnerReading
    package var location: SourceLocation

    package init(_ reading: OwnerReading, at location: SourceLocation) {
        self.reading = reading
        self.location = location
    }

    /// The accountable owner when exactly one is named.
    package var name: String? {
        if case .one(let name) = reading { return name }
        return nil
    }
}
