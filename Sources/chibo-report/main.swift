import ChiboCore
import Report

ReportStage.main(arguments: Array(CommandLine.arguments.dropFirst())).terminate()
