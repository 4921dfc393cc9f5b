// The libFuzzer target 'csv-file': FuzzBodies.targets["csv-file"] (see Sources/FuzzBodies).
import FuzzDriver

runFuzzer("csv-file")
