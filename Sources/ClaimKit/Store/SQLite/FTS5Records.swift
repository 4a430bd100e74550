/// The few records of an FTS5 index that ``SearchIndexCheck`` reads itself, as FTS5 writes them
/// (`ext/fts5/fts5_index.c` and `fts5_storage.c` of SQLite): SQLite varints throughout.
enum FTS5Records {
    /// The `_data` row that holds the row count and each column's token total (the "averages").
    static let totalsRow: Int64 = 1
    /// The `_data` row that lists the index's segments (the "structure").
    static let structureRow: Int64 = 10

    /// Reads SQLite varints (big-endian, 7 bits a byte, the ninth byte whole) from `bytes`.
    struct Varints {
        let bytes: [UInt8]
        var offset = 0
        var atEnd: Bool { offset >= bytes.count }

        init(_ bytes: [UInt8], from offset: Int = 0) {
            self.bytes = bytes
            self.offset = offset
        }

        /// The next varint, nil when the bytes end inside it.
        mutating func next() -> UInt64? { varint(bytes, &offset) }
    }

    /// The varint at `offset` (moved past it), nil when the bytes end inside it.
    static func varint<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ offset: inout Int) -> UInt64?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var value: UInt64 = 0
        for i in 0..<9 {
            guard offset < bytes.endIndex else { return nil }
            let byte = bytes[offset]
            offset += 1
            if i == 8 { return (value << 8) | UInt64(byte) }
            value = (value << 7) | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return value }
        }
        return value
    }

    /// Exactly `count` varints filling `bytes`, or nil.
    static func varints(_ bytes: [UInt8], count: Int) -> [UInt64]? {
        var reader = Varints(bytes)
        var out: [UInt64] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            guard let v = reader.next() else { return nil }
            out.append(v)
        }
        return reader.atEnd ? out : nil
    }

    /// A segment of the index: its id and the range of its leaf pages.
    struct Segment {
        let id: Int64
        let firstPage: Int64
        let lastPage: Int64
    }

    /// The segments the structure record lists, or nil when it does not decode whole.
    static func segments(structure bytes: [UInt8]) -> [Segment]? {
        guard bytes.count >= 4 else { return nil }
        var offset = 4  // the configuration cookie
        // SQLite 3.45 and later may write a second form, marked after the cookie, with five more
        // numbers a segment.
        let secondForm = bytes.count >= 8 && Array(bytes[4..<8]) == [0xFF, 0x00, 0x00, 0x01]
        if secondForm { offset = 8 }
        var reader = Varints(bytes, from: offset)
        guard let levels = reader.next(), let total = reader.next(), reader.next() != nil, levels <= 2000, total <= 2000 else { return nil }
        var out: [Segment] = []
        for _ in 0..<levels {
            guard reader.next() != nil, let count = reader.next(), count <= total else { return nil }
            for _ in 0..<count {
                guard let id = reader.next(), let first = reader.next(), let last = reader.next(),
                      first >= 1, last >= first, last < 1 << 31, id < 1 << 16 else { return nil }
                if secondForm {
                    for _ in 0..<5 { guard reader.next() != nil else { return nil } }
                }
                out.append(Segment(id: Int64(id), firstPage: Int64(first), lastPage: Int64(last)))
            }
        }
        return out.count == Int(total) && reader.atEnd ? out : nil
    }

    /// What a `_data` rowid names: a segment's leaf page, or a page of a doclist index.
    struct PageID {
        let segment: Int64
        let isDoclistIndex: Bool
        let height: Int64
        let page: Int64

        init(rowid: Int64) {
            segment = rowid >> 37
            isDoclistIndex = (rowid >> 36) & 1 == 1
            height = (rowid >> 31) & 0x1F
            page = rowid & 0x7FFF_FFFF
        }
    }

    /// The first and the last term stored on a leaf page. The page's footer (from the offset its
    /// 4-byte header gives) holds each term's offset, the first absolute and the others from the one
    /// before; the first term is stored whole (its length, then its bytes), each later one as the
    /// length it shares with the term before, then the rest (its length, its bytes). Nil for a page
    /// on which no term starts; `.some(nil)` when the page does not decode.
    static func terms(leaf bytes: [UInt8]) -> (first: [UInt8], last: [UInt8])?? {
        guard bytes.count >= 4 else { return .some(nil) }
        let footer = Int(bytes[2]) << 8 | Int(bytes[3])
        guard footer >= 4, footer <= bytes.count else { return .some(nil) }
        if footer == bytes.count { return nil }
        var offsets = Varints(bytes, from: footer)
        guard let start = offsets.next(), start >= 4, start < UInt64(footer) else { return .some(nil) }
        // The header's first field is the offset of a rowid before the first term, or 0.
        let rowid = UInt64(bytes[0]) << 8 | UInt64(bytes[1])
        guard rowid == 0 || (rowid >= 4 && rowid < start) else { return .some(nil) }
        var offset = Int(start)
        guard let length = varint(bytes, &offset), UInt64(offset) + length <= UInt64(footer) else { return .some(nil) }
        let first = Array(bytes[offset..<offset + Int(length)])
        var last = first, at = start
        while !offsets.atEnd {
            guard let step = offsets.next(), step > 0, at + step < UInt64(footer) else { return .some(nil) }
            at += step
            offset = Int(at)
            guard let shared = varint(bytes, &offset), shared <= UInt64(last.count),
                  let rest = varint(bytes, &offset), UInt64(offset) + rest <= UInt64(footer) else { return .some(nil) }
            last.removeSubrange(Int(shared)...)
            last += bytes[offset..<offset + Int(rest)]
        }
        return .some((first, last))
    }
}
