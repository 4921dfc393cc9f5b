// The libFuzzer target 'filing-number': FuzzBodies.targets["filing-number"] (see Sources/FuzzBodies).
import FuzzDriver

runFuzzer("filing-number")
