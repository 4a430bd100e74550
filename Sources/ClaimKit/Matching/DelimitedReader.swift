/// Reads tab-separated text with RFC 4180 quoting: a field that starts with `"` runs to the next
/// lone `"` (it may hold tabs and line breaks), and `""` inside it is one `"`. Each record keeps the
/// line it starts on, so that a bad row can be named.
enum DelimitedReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    struct Failure: Error {
        var line: Int
        var problem: String
    }

    static func records(_ text: String, separator: UInt8 = 0x09) throws -> [Record] {
        let bytes = Array(text.utf8)
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = 0
        var atFieldStart = true
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); atFieldStart = true }
        func endRecord() {
            endField()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let c = bytes[i]
            if atFieldStart && c == 0x22 {
                // A quoted field.
                let opened = line
                i += 1
                var closed = false
                while i < bytes.count {
                    let q = bytes[i]
                    if q == 0x22 {
                        if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if q == 0x0A { line += 1 }
                    field.append(q)
                    i += 1
                }
                guard closed else { throw Failure(line: opened, problem: "a quoted field is never closed") }
                atFieldStart = false
                if i < bytes.count, bytes[i] != separator, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    throw Failure(line: line, problem: "text after the closing quote of a field (a \" inside a quoted field is written \"\")")
                }
                continue
            }
            atFieldStart = false
            switch c {
            case separator:
                endField()
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                break
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
            i += 1
        }
        if !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}
