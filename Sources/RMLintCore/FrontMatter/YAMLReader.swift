import CLibYAML

/// A YAML problem with the position it was found at (already shifted to file coordinates).
package struct YAMLReadError: Error, Sendable {
    package var message: String
    package var location: SourceLocation
}

/// Reads one YAML document into ``YAMLNode``s straight from libyaml's event stream, with file
/// positions (columns in Unicode code points, as libyaml counts them).
///
/// Built without recursion, so depth cannot exhaust a stack; nesting is limited to
/// ``maximumDepth`` and alias expansion to ``nodeBudget`` nodes, so an alias bomb ("billion
/// laughs") is refused after a bounded amount of work. Duplicate keys are caught as they are read.
package enum YAMLReader {
    /// The most nodes one document may expand to, counting alias expansions.
    package static let nodeBudget = 20_000
    /// The deepest nesting of lists and mappings accepted.
    package static let maximumDepth = 64

    /// Parses UTF-8 bytes; `lineOffset` is added to every line (the front-matter starts below `---`).
    package static func read(_ bytes: ArraySlice<UInt8>, lineOffset: Int = 0) throws(YAMLReadError) -> YAMLNode? {
        try document(bytes, lineOffset: lineOffset).root
    }

    /// Parses UTF-8 bytes into the root node and the span of every node written (scalars, keys
    /// among them, and collections; not alias uses), in document order, so sorted by start.
    package static func document(_ bytes: ArraySlice<UInt8>, lineOffset: Int = 0) throws(YAMLReadError) -> (
        root: YAMLNode?, spans: [Span]
    ) {
        var builder = EventTreeBuilder(lineOffset: lineOffset)
        // About two nodes (a key and its value) per line of a front-matter.
        builder.spans.reserveCapacity(8 + 2 * bytes.lazy.filter { $0 == 10 }.count)
        let result: Result<(root: YAMLNode?, spans: [Span]), YAMLReadError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(
                    YAMLReadError(
                        message: "cannot start the YAML parser (out of memory)",
                        location: builder.location(line: 0, column: 0)))
            }
            defer { yaml_parser_delete(&parser) }
            // libyaml reads nothing from an empty buffer but needs a valid pointer.
            let empty: [UInt8] = [0]
            empty.withUnsafeBufferPointer { fallback in
                let start = buffer.baseAddress ?? fallback.baseAddress
                yaml_parser_set_input_string(&parser, start, buffer.count)
            }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(YAMLErrorTranslator.translate(parser, bytes: buffer, lineOffset: lineOffset))
                }
                defer { yaml_event_delete(&event) }
                do throws(YAMLReadError) {
                    if try builder.consume(event) {
                        // Kept by the item for its whole life: no more room than it needs.
                        let spans =
                            builder.spans.capacity > builder.spans.count + 8 ? Array(builder.spans[...]) : builder.spans
                        return .success((builder.root, spans))
                    }
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }

    /// Parses text (the configuration file).
    package static func read(_ text: String, lineOffset: Int = 0) throws(YAMLReadError) -> YAMLNode? {
        try read(Array(text.utf8)[...], lineOffset: lineOffset)
    }
}

/// Turns libyaml events into a ``YAMLNode`` tree with an explicit stack.
private struct EventTreeBuilder {
    let lineOffset: Int
    var root: YAMLNode?
    /// Every node's span in document order (a collection's end is filled in when it closes).
    var spans: [Span] = []
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var visited = 0
    private var documents = 0

    private struct Frame {
        /// Records a key; false when the mapping already has it.
        mutating func insertKey(_ key: String) -> Bool {
            let entries = node.entries ?? []
            if keys == nil {
                if entries.count < 32 { return !entries.contains { $0.key == key } }
                keys = Set(entries.map(\.key))
            }
            return keys?.insert(key).inserted ?? true
        }

        /// Appends to a sequence without copying its elements (the node lets go of them first).
        mutating func append(element: YAMLNode) {
            guard case .sequence(var elements) = node.value else { return }
            node.value = .null
            elements.append(element)
            node.value = .sequence(elements)
        }

        /// Completes the pending key of a mapping with its value.
        mutating func append(value: YAMLNode) {
            guard case .mapping(var entries) = node.value, let (key, keyLocation) = pendingKey else { return }
            pendingKey = nil
            node.value = .null
            entries.append(YAMLEntry(key: key, keyLocation: keyLocation, value: value))
            node.value = .mapping(entries)
        }

        var node: YAMLNode
        var anchor: String?
        /// Where the collection's span is in the builder's list.
        var span: Int
        var size = 1
        /// For mappings: the key waiting for its value, and the keys seen.
        var pendingKey: (String, SourceLocation)?
        /// Keys seen, kept only once a mapping is large; small ones are searched directly.
        var keys: Set<String>?
    }

    init(lineOffset: Int) { self.lineOffset = lineOffset }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(line: line + 1 + lineOffset, column: column + 1)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        location(line: Int(mark.line), column: Int(mark.column))
    }

    /// Handles one event; true when the stream is complete.
    mutating func consume(_ event: yaml_event_t) throws(YAMLReadError) -> Bool {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLReadError(
                    message:
                        "the front-matter holds more than one YAML document; keep one mapping between the '---' lines",
                    location: at)
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = string(scalar.value, count: scalar.length)
            let value: YAMLNode.Value
            if scalar.style == YAML_PLAIN_SCALAR_STYLE && !isStringTag(scalar.tag) {
                value = CoreSchema.resolvePlain(text)
            } else {
                value = .string(text)
            }
            spans.append(Span(SourceRange(at, location(event.end_mark))))
            try add(YAMLNode(value, at: at, text: text), anchor: name(scalar.anchor), size: 1)
        case YAML_SEQUENCE_START_EVENT:
            try open(YAMLNode(.sequence([]), at: at), anchor: name(event.data.sequence_start.anchor))
        case YAML_MAPPING_START_EVENT:
            try open(YAMLNode(.mapping([]), at: at), anchor: name(event.data.mapping_start.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { break }
            if frame.span < spans.count {
                spans[frame.span] = Span(SourceRange(frame.node.location, location(event.end_mark)))
            }
            try add(frame.node, anchor: frame.anchor, size: frame.size)
        case YAML_ALIAS_EVENT:
            let anchor = name(event.data.alias.anchor) ?? ""
            guard let (node, size) = anchors[anchor] else {
                throw YAMLReadError(
                    message: "alias '*\(anchor)' names no anchor; define '&\(anchor)' before using it", location: at)
            }
            try spend(size, at: at)
            try add(node, anchor: nil, size: size, counted: true)
        default:
            break
        }
        return false
    }

    private mutating func spend(_ count: Int, at location: SourceLocation) throws(YAMLReadError) {
        visited += count
        guard visited <= YAMLReader.nodeBudget else {
            throw YAMLReadError(
                message:
                    "front-matter expands to more than \(YAMLReader.nodeBudget) values (aliases used as a bomb?); write the values out",
                location: location)
        }
    }

    private mutating func open(_ node: YAMLNode, anchor: String?) throws(YAMLReadError) {
        guard stack.count < YAMLReader.maximumDepth else {
            throw YAMLReadError(
                message:
                    "front-matter nests lists or mappings more than \(YAMLReader.maximumDepth) levels deep; flatten it",
                location: node.location)
        }
        if stack.last?.node.entries != nil, stack.last?.pendingKey == nil {
            throw YAMLReadError(
                message: "a mapping key must be a plain string, not \(node.typeName)", location: node.location)
        }
        spans.append(Span(SourceRange(node.location)))
        stack.append(Frame(node: node, anchor: anchor, span: spans.count - 1))
    }

    /// Places a finished node into its parent (as a list element, a key or a value) or as the root.
    private mutating func add(_ node: YAMLNode, anchor: String?, size: Int, counted: Bool = false) throws(YAMLReadError)
    {
        if !counted, size == 1 { try spend(1, at: node.location) }
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        // The parent is changed in place: frames are never copied off the stack.
        let top = stack.count - 1
        stack[top].size += size
        if stack[top].node.elements != nil {
            stack[top].append(element: node)
        } else if stack[top].node.entries != nil {
            guard stack[top].pendingKey != nil else {
                guard let key = node.string ?? scalarKey(node) else {
                    throw YAMLReadError(
                        message: "a mapping key must be a plain string, not \(node.typeName)", location: node.location)
                }
                guard stack[top].insertKey(key) else {
                    throw YAMLReadError(
                        message:
                            "duplicate key '\(TextSanitizer.escapeControlCharacters(key))' in a mapping; keep one of them",
                        location: node.location)
                }
                stack[top].pendingKey = (key, node.location)
                return
            }
            stack[top].append(value: node)
        }
    }

    /// Keys are strings under the core schema: `1: x` and `true: x` have keys "1" and "true".
    private func scalarKey(_ node: YAMLNode) -> String? {
        switch node.value {
        case .sequence, .mapping: return nil
        default: return node.text
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func isStringTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Bool {
        guard let pointer else { return false }
        return String(cString: pointer) == "tag:yaml.org,2002:str"
    }
}
