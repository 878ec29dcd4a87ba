import CSV
import ChiboCore

extension IndicatorsWriter {
    /// The bytes of indicators.csv for `results`, formatted straight from the tallies: the
    /// same bytes as `text(of: IndicatorTable(results:context:).rows)`, without a million
    /// rows of strings and decimal digits built, copied and freed on the way (the national
    /// year's table was a tenth of the stage's CPU time, most of it on one core). What
    /// repeats is formatted once: each unit's id and name, each tally's period and each
    /// target; a row is then its counts in digits. Many rows are formatted half on each core.
    static func text(results: IndicatorResults, context: ComputationContext) -> (
        bytes: [UInt8], rowCount: Int
    ) {
        let plan = TallyRows(results: results, context: context)
        let middle = plan.rowCount >= 1 << 15 ? plan.middleBlock : plan.blocks.count
        let later =
            middle == plan.blocks.count
            ? nil
            : BackgroundWork { () -> [UInt8] in
                plan.text(blocks: middle..<plan.blocks.count, header: false, reservingRows: 0)
            }
        // Room for the later half too, so that it is appended without a copy of the first.
        var output = plan.text(blocks: 0..<middle, header: true, reservingRows: plan.rowCount)
        if let laterText = later?.takeValue() { output += laterText }
        return (output, plan.rowCount)
    }
}
