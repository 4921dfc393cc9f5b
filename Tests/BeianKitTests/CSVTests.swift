@testable import BeianKit
import Foundation
import Testing

@Suite("CSV")
struct CSVTests {
    func fields(_ text: String) throws -> [[String]] {
        try BeianCSV.rows(text).map(\.fields)
    }

    @Test func plainRows() throws {
        #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try fields("a,b,c\n1,2,3") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try fields("a,,c\n,\n") == [["a", "", "c"]], "a row of empty fields is skipped")
        #expect(try fields("") == [])
    }

    @Test func lineEndings() throws {
        #expect(try fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
        #expect(try BeianCSV.rows("a\r\nb\r\nc").map(\.line) == [1, 2, 3])
    }

    @Test func quotedFields() throws {
        #expect(try fields("\"a,b\",\"say \"\"hi\"\"\",c\n") == [["a,b", "say \"hi\"", "c"]])
        #expect(try fields("\"\",x\n") == [["", "x"]])
        #expect(try fields("x,\"\"\n") == [["x", ""]])
    }

    @Test func lineBreaksInsideQuotesKeepLineNumbers() throws {
        let rows = try BeianCSV.rows("h1,h2\n\"two\nlines\",x\r\n\"three\r\nmore\r\nlines\",y\nlast,z\n")
        #expect(rows.map(\.fields) == [["h1", "h2"], ["two\nlines", "x"], ["three\nmore\nlines", "y"], ["last", "z"]])
        #expect(rows.map(\.line) == [1, 2, 4, 7])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let rows = try BeianCSV.rows("a\n\n\nb\n")
        #expect(rows.map(\.fields) == [["a"], ["b"]])
        #expect(rows.map(\.line) == [1, 4])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        #expect(try fields("\u{FEFF}sender,body\n1,2\n") == [["sender", "body"], ["1", "2"]])
    }

    @Test func unclosedQuote() {
        let error = #expect(throws: BeianCSV.SyntaxError.self) { try BeianCSV.rows("a,b\n1,\"open\n2,3\n") }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("line 2:") == true)
    }

    @Test func escaping() {
        #expect(BeianCSV.escape("plain") == "plain")
        #expect(BeianCSV.escape("#001#鄂ICP备2019012345号-1#无变化#") == "#001#鄂ICP备2019012345号-1#无变化#")
        #expect(BeianCSV.escape("a,b") == "\"a,b\"")
        #expect(BeianCSV.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(BeianCSV.escape("two\nlines") == "\"two\nlines\"")
        #expect(BeianCSV.escape("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(BeianCSV.line(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }

    @Test func roundTrip() throws {
        let rows = [["a,b", "\"q\"", "x\ny", "", "鄂ICP备"], ["1", "2", "3", "4", "5"]]
        let text = rows.map(BeianCSV.line).joined()
        #expect(try fields(text) == rows)
    }

    // The row reader under BeianCSV.rows and the batch's CSV input, read directly.

    func reader(_ bytes: [UInt8], expectedFields: Int? = nil) -> [CSVRow] {
        var reader = CSVRowReader(source: LineReader(data: Data(bytes), crEndsLines: true))
        reader.expectedFields = expectedFields
        var rows: [CSVRow] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws {
        #expect(try fields("a\"b,c\"\n") == [["a\"b", "c\""]])
    }

    @Test func aQuoteNeverClosedFailsItsRowAndTheRowsAfterItAreReadAsUsual() {
        let rows = reader(Array("h1,h2\n1,\"open\n2,3\n4,5\n".utf8), expectedFields: 2)
        #expect(rows.map(\.line) == [1, 2, 3, 4])
        #expect(rows[1].problem?.code == "csv.quote" && rows[1].problem?.column == 1)
        #expect(rows[1].problem?.message.hasPrefix("line 2, column 3:") == true)
        #expect(rows[2].fields == ["2", "3"] && rows[2].problem == nil)
        #expect(rows[3].fields == ["4", "5"])
    }

    @Test func aByteThatIsNotUTF8IsNamedWithItsLineColumnAndField() {
        let rows = reader(Array("a,b\n".utf8) + [0x78, 0x2C, 0xFF, 0x0A] + Array("c,d\n".utf8))
        #expect(rows.count == 3)
        #expect(rows[1].problem?.code == "csv.encoding" && rows[1].problem?.column == 1)
        #expect(rows[1].problem?.message == "line 2, column 3 holds the byte 0xFF, which is not UTF-8 text")
        #expect(rows[2].fields == ["c", "d"] && rows[2].problem == nil)
    }

    @Test func aLoneCRAndWhiteSpaceRowsAndTheByteOrderMark() {
        let rows = reader([0xEF, 0xBB, 0xBF] + Array("a,b\r \t\r,\r\nc,d".utf8))
        #expect(rows.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(rows.map(\.line) == [1, 4])
    }
}
