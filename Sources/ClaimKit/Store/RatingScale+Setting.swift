import Foundation

/// How a rating scale is kept in the store: the `scale` row of the `setting` table.
extension RatingScale {
    /// The `scale` setting as stored: `{"name": ..., "ratings": [...]}` in canonical JSON, with
    /// `labels` and `meanings` only for those that differ from the defaults.
    var settingValue: String {
        var pairs: [(String, JSONValue)] = [("name", .string(name)), ("ratings", .array(ratings.map { .string($0.name) }))]
        let labels = ratings.filter { $0.label != Rating.defaultLabel($0.name) }
        let meanings = ratings.filter { $0.meaning != Rating.defaultMeanings[$0.name] && $0.meaning != nil }
        if !labels.isEmpty { pairs.append(("labels", .object(labels.map { ($0.name, .string($0.label)) }))) }
        if !meanings.isEmpty { pairs.append(("meanings", .object(meanings.map { ($0.name, .string($0.meaning)) }))) }
        return JSONValue.object(pairs).canonical
    }

    /// The scale a stored `scale` setting describes; the standard scale when there is none or it is unreadable.
    init(settingValue text: String?) {
        guard let data = text?.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let name = object["name"] as? String, let names = object["ratings"] as? [String] else {
            self = .standard
            return
        }
        self.init(name: name, names: names, labels: object["labels"] as? [String: String] ?? [:],
                  meanings: object["meanings"] as? [String: String] ?? [:])
    }
}
