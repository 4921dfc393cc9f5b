import Testing
@testable import BeianKit

@Suite("e-mail addresses") struct EmailAddressTests {
    @Test("plausible addresses", arguments: ["a@b.cn", "zhang.san@example.com.cn", "x+y@mail.example.cn", "张三@例子.中国", "a@b.c"])
    func plausible(_ text: String) {
        #expect(EmailAddress.isPlausible(text))
    }

    @Test(
        "implausible addresses",
        arguments: [
            "", "@b.cn", "a@", "a@b", "a@.cn", "a@b.", "a@b..cn", "a@@b.cn", "a@b@c.cn", "a b@c.cn", "ab.cn", "张三@例子", "张 三@例子.中国", "a@b.cn ",
        ])
    func implausible(_ text: String) {
        #expect(!EmailAddress.isPlausible(text))
    }
}
