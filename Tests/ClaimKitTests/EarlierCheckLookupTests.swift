import Foundation
import Testing
@testable import ClaimKit

/// The store's checked claims as matching reads them, and the earlier check of a claim found in the
/// whole matcher or, in a store of many verdicts, among the checked claims the full-text index finds
/// for the claim's words: both ways give the same answer, on every engine.
@Suite struct EarlierCheckLookupTests {
    /// A store with five claims: C1, C2, C4 and C5 ruled (C1 twice), C3 never, C5 then retracted.
    private func checkedStore(_ engine: StoreEngine) throws -> any ClaimStore {
        let store = try engine.makeStore()
        let statements = [
            "The harbour ferry now runs entirely on recycled cooking oil",
            "Every public library in the county closes on Sundays",
            "Bus fares rose by a third last spring",
            "The county planted twelve thousand oak trees this year",
            "The harbour ferry carried two million passengers",
        ]
        for s in statements { _ = try store.addClaim(NewClaim(statement: s, speaker: "Mayor"), author: "t") }
        _ = try store.addVerdict(claimID: 1, rating: "false", reason: "first ruling", cites: [], author: "ana")
        _ = try store.addVerdict(claimID: 2, rating: "true", reason: "r", cites: [], author: "ana")
        _ = try store.addVerdict(claimID: 1, rating: "mostly-false", reason: "second ruling", cites: [], author: "ben")
        _ = try store.addVerdict(claimID: 4, rating: "true", reason: "r", cites: [], author: "ana")
        _ = try store.addVerdict(claimID: 5, rating: "true", reason: "r", cites: [], author: "ana")
        try store.retractClaim(id: 5, because: "misquoted", author: "ana")
        return store
    }

    @Test(arguments: StoreEngine.all)
    func checkedClaimsAreTheCurrentVerdictsInTheirOrder(_ engine: StoreEngine) throws {
        let store = try #require(try checkedStore(engine) as? any MatchingStore)
        let all = try store.checkedClaims()
        // In the order of the current verdicts: C2 (2nd verdict), C1 (3rd), C4 (4th); C5 is retracted, C3 unruled.
        #expect(all.map(\.id) == ["C2", "C1", "C4"])
        #expect(all[1].rating == "mostly-false" && all[1].checkedBy == "ben")
        #expect(all.allSatisfy { $0.kind == .claim && $0.checkedAt?.count == 10 })
        // Words as prefixes; the newest `perWord` for each word; only checked, live claims.
        #expect(try store.checkedClaims(withWords: ["harb"], perWord: 5).map(\.id) == ["C1"])
        #expect(try store.checkedClaims(withWords: ["county"], perWord: 1).map(\.id) == ["C4"])
        #expect(try store.checkedClaims(withWords: ["county", "ferry"], perWord: 5).map(\.id) == ["C2", "C1", "C4"])
        #expect(try store.checkedClaims(withWords: ["fares"], perWord: 5).isEmpty)
        #expect(try store.verdictCount(exceeds: 4) && !(try store.verdictCount(exceeds: 5)))
    }

    /// Prior checks, imported: found by the beginnings of their claim's and title's words.
    private func importPriors(_ store: any ClaimStore) throws -> any MatchingStore {
        let checks = try #require(store as? any MatchingStore)
        let rows = [
            PriorCheck(externalID: "p-1", claim: "Two studies found the county's night buses run empty", title: "Are night buses empty?", rating: "false", org: "Bus Facts"),
            PriorCheck(externalID: "p-2", claim: "Bus fares rose by a third in one year", rating: "true", org: "Bus Facts"),
            PriorCheck(externalID: "p-3", claim: "The mayor owns a yacht", title: "A study of the mayor's boats", rating: "false"),
        ]
        _ = try checks.importPriorChecks(FactCheckFile(path: "p.jsonl", sha256: String(repeating: "d", count: 64), checks: rows), author: "t")
        return checks
    }

    @Test(arguments: StoreEngine.all)
    func priorChecksAreFoundByTheirWords(_ engine: StoreEngine) throws {
        let store = try importPriors(try engine.makeStore())
        #expect(try store.priorChecks(withWords: ["stud"], perWord: 5).map(\.externalID) == ["p-1", "p-3"])
        #expect(try store.priorChecks(withWords: ["fare", "yacht"], perWord: 5).map(\.externalID) == ["p-2", "p-3"])
        #expect(try store.priorChecks(withWords: ["bus"], perWord: 1).map(\.externalID) == ["p-2"])
        #expect(try store.priorChecks(withWords: ["ferry"], perWord: 5).isEmpty)
        #expect(try store.priorCheckCount(exceeds: 2) && !(try store.priorCheckCount(exceeds: 3)))
        let words = StoreMatching.searchWords(MatchText(query: "Two studies of fares"))
        #expect(words.contains("stud") && words.contains("fare") && !words.contains("study"))
    }

    @Test(arguments: StoreEngine.all)
    func peopleWithAliasesAreTheSpeakersWithAliases(_ engine: StoreEngine) throws {
        let store = try checkedStore(engine)
        _ = try store.addClaim(NewClaim(statement: "Rates will fall", speaker: "Dana Whitfield"), author: "t")
        _ = try store.addClaim(NewClaim(statement: "Rates will rise", speaker: "Councillor Okoro"), author: "t")
        let dana = try #require(try store.speaker(named: "Dana Whitfield"))
        try store.addAlias(speakerID: dana.id, alias: "the treasurer", author: "t")
        try store.addAlias(speakerID: dana.id, alias: "Ms. Whitfield", author: "t")
        let people = try #require(store as? any MatchingStore).peopleWithAliases()
        let fromSpeakers = try store.speakers().filter { $0.mergedInto == nil && !$0.aliases.isEmpty
            && !SpeakerRecord.isDocumentLocal(kind: $0.kind, name: $0.name) }.map { [$0.name] + $0.aliases }
        #expect(people == [["Dana Whitfield", "Ms. Whitfield", "the treasurer"]])
        #expect(people == fromSpeakers)
    }

    @Test(arguments: StoreEngine.all)
    func aNarrowedLookupFindsWhatTheWholeMatcherFinds(_ engine: StoreEngine) throws {
        let store = try checkedStore(engine)
        _ = try importPriors(store)
        let repeatID = try store.addClaim(NewClaim(statement: "The harbour ferry runs entirely on recycled cooking oil now", speaker: "Councillor"), author: "t")
        let otherID = try store.addClaim(NewClaim(statement: "Bus fares rose by a third in a single year", speaker: "Councillor"), author: "t")
        let newID = try store.addClaim(NewClaim(statement: "Snow is forecast for the weekend", speaker: "Councillor"), author: "t")
        let claims = try [repeatID, otherID, newID].map { try #require(try store.claim(id: $0)) }
        let whole = try StoreMatching().earlierChecks(of: claims, in: store)
        let narrowed = try StoreMatching(wholeMatcherChecks: 0).earlierChecks(of: claims, in: store)
        #expect(whole.map(\.claim.id) == [repeatID, otherID])
        #expect(whole.first?.match.candidate.id == "C1" && whole.first?.match.candidate.rating == "mostly-false")
        #expect(whole.last?.match.candidate.id == "p-2" && whole.last?.match.candidate.kind == .prior)
        #expect(narrowed.map(\.claim.id) == whole.map(\.claim.id))
        #expect(narrowed.map(\.match.candidate.id) == whole.map(\.match.candidate.id))
    }
}
