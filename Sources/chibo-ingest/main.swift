import ChiboCore
import Ingest

IngestStage.main(arguments: Array(CommandLine.arguments.dropFirst())).terminate()
