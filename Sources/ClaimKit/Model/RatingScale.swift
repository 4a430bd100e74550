import Foundation

/// The ratings a store rules with, best first, each with the label a reader sees and a one-line
/// meaning (the legend of a published fact-check and ClaimReview's `alternateName`).
public struct RatingScale: Hashable, Sendable {
    public struct Rating: Hashable, Sendable {
        public var name: String
        /// ClaimReview's ratingValue; nil for a rating outside the scale (unproven).
        public var value: Int?
        /// The rating as a reader sees it ("Mostly true").
        public var label: String
        /// What the rating means, in one line; nil when nobody has said.
        public var meaning: String?

        public init(name: String, value: Int? = nil, label: String? = nil, meaning: String? = nil) {
            self.name = name
            self.value = value
            self.label = label ?? Self.defaultLabel(name)
            self.meaning = meaning ?? Self.defaultMeanings[name]
        }

        /// "mostly-true" → "Mostly true".
        static func defaultLabel(_ name: String) -> String {
            let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            return words.prefix(1).uppercased() + words.dropFirst()
        }

        /// Meanings of the common rating names, in the words fact-checkers' legends use.
        static let defaultMeanings: [String: String] = [
            "true": "The statement is accurate and nothing significant is missing.",
            "mostly-true": "The statement is accurate but needs clarification or additional information.",
            "mixed": "The statement is partly accurate but leaves out important details or takes things out of context.",
            "half-true": "The statement is partly accurate but leaves out important details or takes things out of context.",
            "mostly-false": "The statement contains an element of truth but ignores facts that would give a different impression.",
            "false": "The statement is not accurate.",
            "pants-on-fire": "The statement is not accurate and makes a ridiculous claim.",
            "unproven": "The evidence available neither proves nor disproves the statement.",
            "unverifiable": "The statement cannot be checked against any available evidence.",
        ]
    }

    public var name: String
    public var ratings: [Rating]

    public static let standard = RatingScale(name: "standard", names: ["true", "mostly-true", "mixed", "mostly-false", "false", "unproven"])

    /// Ratings in order from best to worst get values from their count down to 1; `unproven`
    /// (and `unverifiable`) stand outside the scale. Labels and meanings not given are the defaults.
    public init(name: String, names: [String], labels: [String: String] = [:], meanings: [String: String] = [:]) {
        self.name = name
        let outside: Set<String> = ["unproven", "unverifiable", "unrated"]
        let scored = names.filter { !outside.contains($0) }
        ratings = names.map { n in
            Rating(name: n, value: scored.firstIndex(of: n).map { scored.count - $0 }, label: labels[n], meaning: meanings[n])
        }
    }

    public func rating(named name: String) -> Rating? { ratings.first { $0.name == name.lowercased() } }

    /// The label readers see for a rating, also for one outside the scale ("mostly-true" → "Mostly true").
    public func label(of rating: String) -> String { self.rating(named: rating)?.label ?? Rating(name: rating).label }
    public var best: Int { ratings.compactMap(\.value).max() ?? 1 }
    public var worst: Int { ratings.compactMap(\.value).min() ?? 1 }

    /// The scale with one rating's label or meaning changed (nil leaves it).
    public func describing(_ rating: String, label: String?, meaning: String?) -> RatingScale? {
        guard let i = ratings.firstIndex(where: { $0.name == rating.lowercased() }) else { return nil }
        var copy = self
        if let label { copy.ratings[i].label = label }
        if let meaning { copy.ratings[i].meaning = meaning }
        return copy
    }
}
