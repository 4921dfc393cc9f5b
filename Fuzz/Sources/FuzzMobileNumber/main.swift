// The libFuzzer target 'mobile-number': FuzzBodies.targets["mobile-number"] (see Sources/FuzzBodies).
import FuzzDriver

runFuzzer("mobile-number")
