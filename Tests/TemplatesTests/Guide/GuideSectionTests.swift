import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Templates

/// HUONG-DAN.md holds each generated section exactly as the code renders it, so the
/// guide's columns, accepted values and problem codes cannot drift from the product.
/// `UPDATE_FIXTURES=1` rewrites the sections in the guide and fails, like every snapshot.
@Suite(.serialized) struct GuideSectionTests {
    static let guide = Folder.packageRoot.appendingPathComponent("HUONG-DAN.md")

    @Test(arguments: GuideSection.allCases)
    func guideHoldsTheSectionAsTheCodeRendersIt(section: GuideSection) throws {
        let text = try String(contentsOf: GuideSectionTests.guide, encoding: .utf8)
        let replaced = try #require(
            section.replacingBlock(in: text),
            "HUONG-DAN.md has no \(section.beginMarker) … \(section.endMarker)")
        if Snapshot.isRecording {
            if replaced != text { try Data(replaced.utf8).write(to: GuideSectionTests.guide) }
            Issue.record("recorded section \(section.rawValue) of HUONG-DAN.md; run the tests again")
            return
        }
        #expect(
            text.contains(section.beginMarker + "\n" + section.markdown + section.endMarker),
            "HUONG-DAN.md's section \(section.rawValue) differs from the code: UPDATE_FIXTURES=1 make test")
    }

    @Test func problemSectionsListEveryCodeOnce() {
        let rendered = GuideSection.problems.markdown + GuideSection.stops.markdown
        for code in ProblemCode.allCases {
            #expect(rendered.components(separatedBy: "| `\(code.rawValue)` |").count == 2, "\(code.rawValue)")
        }
    }
}
