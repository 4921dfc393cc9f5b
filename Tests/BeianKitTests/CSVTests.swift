@testable import BeianKit
import Foundation
import Testing

@Suite("CSV")
struct CSVTests {
    func fields(_ text: String) throws -> [[String]] {
        try CSV.rows(text).map(\.fields)
    }

    @Test func plainRows() throws {
        #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try fields("a,b,c\n1,2,3") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try fields("a,,c\n,\n") == [["a", "", "c"], ["", ""]])
        #expect(try fields("") == [])
    }

    @Test func lineEndings() throws {
        #expect(try fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
        #expect(try CSV.rows("a\r\nb\r\nc").map(\.line) == [1, 2, 3])
    }

    @Test func quotedFields() throws {
        #expect(try fields("\"a,b\",\"say \"\"hi\"\"\",c\n") == [["a,b", "say \"hi\"", "c"]])
        #expect(try fields("\"\",x\n") == [["", "x"]])
        #expect(try fields("x,\"\"\n") == [["x", ""]])
    }

    @Test func lineBreaksInsideQuotesKeepLineNumbers() throws {
        let rows = try CSV.rows("h1,h2\n\"two\nlines\",x\r\n\"three\r\nmore\r\nlines\",y\nlast,z\n")
        #expect(rows.map(\.fields) == [["h1", "h2"], ["two\nlines", "x"], ["three\r\nmore\r\nlines", "y"], ["last", "z"]])
        #expect(rows.map(\.line) == [1, 2, 4, 7])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let rows = try CSV.rows("a\n\n\nb\n")
        #expect(rows.map(\.fields) == [["a"], ["b"]])
        #expect(rows.map(\.line) == [1, 4])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        #expect(try fields("\u{FEFF}sender,body\n1,2\n") == [["sender", "body"], ["1", "2"]])
    }

    @Test func unclosedQuote() {
        let error = #expect(throws: CSV.SyntaxError.self) { try CSV.rows("a,b\n1,\"open\n2,3\n") }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("line 2:") == true)
    }

    @Test func escaping() {
        #expect(CSV.escape("plain") == "plain")
        #expect(CSV.escape("#001#鄂ICP备2019012345号-1#无变化#") == "#001#鄂ICP备2019012345号-1#无变化#")
        #expect(CSV.escape("a,b") == "\"a,b\"")
        #expect(CSV.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.escape("two\nlines") == "\"two\nlines\"")
        #expect(CSV.escape("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSV.line(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }

    @Test func roundTrip() throws {
        let rows = [["a,b", "\"q\"", "x\ny", "", "鄂ICP备"], ["1", "2", "3", "4", "5"]]
        let text = rows.map(CSV.line).joined()
        #expect(try fields(text) == rows)
    }
}
