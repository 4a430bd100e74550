/// The last step of each engine's schema audit (`log verify`, and the check before a first write),
/// the same on both: the store's schema objects against those claimcheck's migrations create, and
/// the first one extra, missing or changed named for the user.
enum SchemaComparison {
    /// One schema object as an engine's catalog describes it.
    struct Object: Hashable, Comparable {
        /// Its kind and name as a message names it ("trigger tally_claim_update").
        let name: String
        /// The whole definition: two objects of one name with different ones differ.
        let definition: String
        /// Where an object claimcheck did not create sits (" on claim"), for the message.
        var place = ""

        var key: String { name.lowercased() }
        static func == (a: Object, b: Object) -> Bool { a.key == b.key && a.definition == b.definition }
        func hash(into hasher: inout Hasher) { hasher.combine(key); hasher.combine(definition) }
        static func < (a: Object, b: Object) -> Bool { (a.key, a.definition) < (b.key, b.definition) }
    }

    /// The first difference, or nil when the store's objects are claimcheck's.
    static func difference(store: [Object], reference: [Object]) -> String? {
        let wanted = Set(reference), found = Set(store), names = Set(reference.map(\.key))
        for object in store.sorted() where !wanted.contains(object) {
            if names.contains(object.key) {
                return "the \(object.name) differs from claimcheck's schema (changed outside claimcheck?)"
            }
            return "the store's schema has a \(object.name)\(object.place) that claimcheck did not create (added outside claimcheck?)"
        }
        for object in reference.sorted() where !found.contains(object) {
            return "the store's schema lacks the \(object.name) (dropped outside claimcheck?)"
        }
        return nil
    }
}
