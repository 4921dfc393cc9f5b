@testable import BeianKit
import Testing

@Suite("Partial references")
struct PartialReferencesTests {
    @Test func partialReferencesAreReadLikeTheMustacheParserReadsThem() {
        let references = PartialReferences.scan("""
            {{! {{> in-a-comment}} }}{{> a}}{{{b}}}
              {{>  c/d  }}{{=<% %>=}}{{> not-a-tag}}<%>*e%><%< f%><%/f%><%={{ }}=%>{{>g}}
            """)
        #expect(references.map(\.name) == ["a", "c/d", "e", "f", "g"])
        #expect(references.map(\.dynamic) == [false, false, true, false, false])
        #expect(references.map { [$0.line, $0.column] } == [[1, 26], [2, 3], [2, 41], [2, 48], [2, 72]])
    }
}
