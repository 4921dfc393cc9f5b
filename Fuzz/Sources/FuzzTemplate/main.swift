// The libFuzzer target 'template': FuzzBodies.targets["template"] (see Sources/FuzzBodies).
import FuzzDriver

runFuzzer("template")
