import Foundation
import RMLintCore
import RMLintKit

/// The convention of the repository rmlint runs in (its working tree's `.rmlint.yml`), for the
/// commands that describe rules: which rules it turns off, and the team's names for fields.
struct WorkingConvention {
    let convention: Convention
    let configuration: Configuration

    /// The working tree's convention, or `nil` outside a repository, without one, or when the
    /// configuration does not load (describing rules never fails on that).
    static func current() -> WorkingConvention? {
        let directory = FileManager.default.currentDirectoryPath
        guard let workspace = try? Workspace.open(at: directory, revision: .workingTree),
            let convention = workspace.configuration.convention
        else { return nil }
        return WorkingConvention(convention: convention, configuration: workspace.configuration)
    }

    /// Why `rule` is off here, unless `.rmlint.yml` names it.
    func offReason(_ rule: String) -> String? {
        configuration.rules[rule] == nil ? convention.rulesOff[rule] : nil
    }

    /// The fields the team writes under other names, as "owner as 'assignee'".
    var renamedFields: [String] {
        convention.fields.filter { $0.key != $0.value }.sorted { $0.key < $1.key }.map { "\($0.key) as '\($0.value)'" }
    }
}
