import ChiboCore
import Report

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

exit(ReportStage.main(arguments: Array(CommandLine.arguments.dropFirst())).rawValue)
