import ChiboCore
import Templates

TemplatesStage.main(arguments: Array(CommandLine.arguments.dropFirst())).terminate()
