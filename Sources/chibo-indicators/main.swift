import ChiboCore
import Indicators

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

func printError(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

do {
    let options = try IndicatorsOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    print(try IndicatorsStage.run(options))
} catch {
    printError(error.description)
    if case .usage = error { printError(IndicatorsOptions.usage) }
    exit(error.exitStatus.rawValue)
}
