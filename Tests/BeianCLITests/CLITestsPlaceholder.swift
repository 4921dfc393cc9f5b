// The package declares this test target; SwiftPM refuses to load a package whose target has no
// sources, so this file keeps the package buildable until the CLI's own tests arrive.
