import ChiboCore
import Indicators

IndicatorsStage.main(arguments: Array(CommandLine.arguments.dropFirst())).terminate()
