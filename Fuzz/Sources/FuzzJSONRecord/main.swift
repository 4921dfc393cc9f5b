// The libFuzzer target 'json-record': FuzzBodies.targets["json-record"] (see Sources/FuzzBodies).
import FuzzDriver

runFuzzer("json-record")
