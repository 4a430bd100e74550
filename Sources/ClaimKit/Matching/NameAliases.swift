/// The names one person goes by (a speaker's name and aliases in the store), as the matcher reads
/// them: a text that mentions any of them is indexed under the surname of every one, so a tweet
/// naming someone by an alias meets a fact-check naming them in full, and the other way round.
public struct NameAliases: Sendable {
    /// Each known name's terms, joined by a unit separator, to the people who go by it.
    private let people: [String: [Int]]
    /// Each person's surnames: the last term of each of their names.
    private let surnames: [[String]]
    /// The terms a known name can start with, and the most terms a name has.
    private let firstTerms: Set<String>
    private let longest: Int

    public static let none = NameAliases(groups: [])

    /// `groups`: for each person, every name they go by.
    public init(groups: [[String]]) {
        var people: [String: [Int]] = [:]
        var surnames: [[String]] = []
        var firstTerms = Set<String>()
        var longest = 0
        for names in groups {
            let scanned = names.map { TermScanner.scan($0).terms }.filter { !$0.isEmpty }
            guard scanned.count > 1 else { continue }
            let person = surnames.count
            var own: [String] = []
            for terms in scanned {
                people[terms.joined(separator: "\u{1F}"), default: []].append(person)
                firstTerms.insert(terms[0])
                longest = max(longest, terms.count)
                if let last = terms.last, !own.contains(last) { own.append(last) }
            }
            surnames.append(own)
        }
        self.people = people
        self.surnames = surnames
        self.firstTerms = firstTerms
        self.longest = longest
    }

    public var isEmpty: Bool { people.isEmpty }

    /// The surnames of everyone the terms name by one of their names, each once, in order of mention.
    func surnames(mentionedIn terms: [String]) -> [String] {
        guard !people.isEmpty else { return [] }
        var out: [String] = []
        for i in terms.indices where firstTerms.contains(terms[i]) {
            for n in 1...min(longest, terms.count - i) {
                guard let found = people[terms[i..<(i + n)].joined(separator: "\u{1F}")] else { continue }
                for person in found { for s in surnames[person] where !out.contains(s) { out.append(s) } }
            }
        }
        return out
    }
}
